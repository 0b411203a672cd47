package org.matforge.shell.internal.osgi;

import java.util.List;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginProperties;

/** Renders the plug-in listing as aligned text, one section per kind. */
final class PluginListing {
    private PluginListing() {
    }

    static String render(List<PluginDescriptor> plugins, List<PluginProblem> problems) {
        StringBuilder out = new StringBuilder();
        for (PluginKind kind : PluginKind.values()) {
            List<PluginDescriptor> ofKind = plugins.stream().filter(p -> p.kind() == kind).toList();
            out.append(kind.id()).append(" (").append(ofKind.size()).append(")\n");
            TextTable table = new TextTable("id", "name", "bundle", "version");
            for (PluginDescriptor p : ofKind) {
                table.row(p.id(), p.name(), p.bundle(), p.bundleVersion());
            }
            if (!ofKind.isEmpty()) {
                table.appendTo(out, "  ");
            }
            ofKind.forEach(p -> modelCard(out, p));
        }
        if (!problems.isEmpty()) {
            out.append("problems (").append(problems.size()).append(")\n");
            for (PluginProblem p : problems) {
                out.append("  ").append(p.bundle()).append(p.bundleVersion().isEmpty() ? "" : " " + p.bundleVersion());
                if (!p.component().isEmpty()) {
                    out.append(" component ").append(p.component());
                }
                out.append(": ").append(p.message()).append('\n');
            }
        }
        return out.toString();
    }

    /** A shipped model's card in brief (a model bundle's file with a card): description, data, licence. */
    private static void modelCard(StringBuilder out, PluginDescriptor p) {
        Object licence = p.properties().get(PluginProperties.MODEL_LICENCE);
        Object data = p.properties().get(PluginProperties.MODEL_DATA);
        if (licence == null && data == null) {
            return;
        }
        out.append("  ").append(p.id()).append(" model card: ").append(p.description()).append('\n');
        if (data != null) {
            out.append("    data     ").append(oneLine(data)).append('\n');
        }
        if (licence != null) {
            out.append("    licence  ").append(oneLine(licence)).append('\n');
        }
    }

    private static String oneLine(Object value) {
        return String.valueOf(value).strip().replaceAll("\\s+", " ");
    }
}
