package org.matforge.sdk.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of {@code docs/plugin-guide.md} marked for this test: the line {@code <!-- guide-test: <action> <argument> -->}
 * and the fenced block after it. Actions: {@code shell in <dir>}, {@code start runtime}, {@code gogo expect <text>},
 * {@code file <name>}.
 */
record GuideBlock(String action, String argument, String text, int line) {
    private static final String MARK = "<!-- guide-test: ";

    static List<GuideBlock> read(Path guide) throws IOException {
        List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
        List<GuideBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(MARK) || !line.endsWith("-->")) {
                continue;
            }
            String[] mark = line.substring(MARK.length(), line.length() - 3).strip().split(" ", 2);
            int fence = i + 1;
            if (fence >= lines.size() || !lines.get(fence).startsWith("```")) {
                throw new IllegalStateException(guide + ":" + (i + 1) + ": a guide-test mark must be followed by a fenced block");
            }
            StringBuilder text = new StringBuilder();
            int j = fence + 1;
            for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                text.append(lines.get(j)).append('\n');
            }
            blocks.add(new GuideBlock(mark[0], mark.length > 1 ? mark[1] : "", text.toString(), i + 1));
            i = j;
        }
        return blocks;
    }

    @Override
    public String toString() {
        return "plugin-guide.md:" + line + " (" + action + " " + argument + ")";
    }
}
