import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFile;

/**
 * Gives a trained model file its vendor id and model card, with the SDK alone (a single-file Java program):
 * <pre>
 * java -cp org.matforge.api.jar ModelCard.java in.mfm out.mfm &lt;id&gt; card.properties [key=value ...]
 * </pre>
 * The card is the properties file (UTF-8) plus the key=value arguments; the entries and the rest of the metadata
 * are copied unchanged, and the output is read back (checksums verified) before the program ends.
 */
public class ModelCard {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ModelCard in.mfm out.mfm <id> card.properties [key=value ...]");
            System.exit(2);
        }
        ModelFile in;
        try (InputStream stream = Files.newInputStream(Path.of(args[0]))) {
            in = ModelFile.read(stream);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[3]), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> card = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> card.put(k, properties.getProperty(k)));
        for (int i = 4; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            card.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : in.names()) {
            entries.put(name, in.entry(name));
        }
        ModelFile out = ModelFile.of(in.metadata().withCard(args[2], card), entries);
        try (OutputStream stream = Files.newOutputStream(Path.of(args[1]))) {
            out.write(stream);
        }
        try (InputStream check = Files.newInputStream(Path.of(args[1]))) {
            ModelMetadata written = ModelFile.read(check).metadata();
            System.out.println(args[1] + ": " + written.kind() + " '" + written.id() + "' (" + written.trainer() + "), card "
                    + written.card().keySet());
        }
    }
}
