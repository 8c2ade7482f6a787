package org.avec.tools;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of avec's tools, as the build wrote it ({@code --version} of every command). */
public final class Version implements IVersionProvider {

    /**
     * The version, for example {@code 0.3.0}, or {@code unknown} if the build did not write it.
     *
     * @return the version
     */
    public static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"avec " + number() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
