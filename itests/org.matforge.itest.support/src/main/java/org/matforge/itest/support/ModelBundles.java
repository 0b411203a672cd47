package org.matforge.itest.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds model bundles in memory, as a vendor would ship them: a manifest header and model files, no code. */
public final class ModelBundles {
    private ModelBundles() {
    }

    /**
     * @param symbolicName the bundle's symbolic name
     * @param header       the value of the MatForge-Models header
     * @param files        path in the bundle → content
     * @return the jar
     */
    public static InputStream jar(String symbolicName, String header, Map<String, byte[]> files) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-Name", "Model bundle " + symbolicName);
        headers.put("MatForge-Models", header);
        return new ByteArrayInputStream(TestBundles.jar(symbolicName, "1.0.0", headers, files));
    }
}
