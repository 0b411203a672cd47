package org.matforge.orchestrator.internal.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;

/** Workflow documents as UTF-8 text: their size, and reading a file with the position of the first byte that is not UTF-8. */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** @return the number of bytes {@code text} takes in UTF-8, without encoding it */
    static long length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Reads a workflow file, refusing one larger than {@code limits} before reading it.
     *
     * @return the file's text
     * @throws WorkflowException at {@code (document)} when it is too large or not UTF-8 ("not UTF-8 text at byte 120, line 4")
     * @throws IOException       when it cannot be read
     */
    public static String readWorkflow(Path file, JsonLimits limits) throws IOException, WorkflowException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new WorkflowException(List.of(new WorkflowProblem("(document)", limits.tooLarge(size))));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limits.maxBytes() + 1);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new WorkflowException(List.of(new WorkflowProblem("(document)", limits.tooLarge(bytes.length))));
        }
        try {
            return decode(bytes);
        } catch (CharacterCodingException e) {
            throw new WorkflowException(List.of(new WorkflowProblem("(document)", e.getMessage())));
        }
    }

    /** @return the text of {@code bytes} @throws CharacterCodingException naming the byte offset and line of the first bad byte */
    static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isOverflow() || !result.isError()) {
            result = result.isError() ? result : decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8("not UTF-8 text at byte " + (at + 1) + " (line " + line + ") — a workflow is a JSON text file in UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** Text that is not UTF-8, with where. */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String message;

        NotUtf8(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
