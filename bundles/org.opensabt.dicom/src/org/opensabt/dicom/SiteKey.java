package org.opensabt.dicom;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-site secret of de-identified exports ({@link Deidentification}): a file of at least 32 random
 * bytes, outside any case or repository, readable by its owner only. Looked up in this order: the file
 * given to the command ({@code --deid-key FILE}), {@code $OPENSABT_DEID_KEY_FILE}, then
 * {@code $XDG_CONFIG_HOME/opensabt/deid.key} (default {@code ~/.config/opensabt/deid.key}). Only the last is
 * created when missing (32 bytes from SecureRandom, mode 600); a named file that does not exist is an error,
 * since a new key would silently give every patient new pseudonyms and UIDs.
 */
public final class SiteKey {

    public static final String ENV = "OPENSABT_DEID_KEY_FILE";
    public static final int MIN_BYTES = 32;

    /** The key, the file it came from, whether it was created now, and notes for the user (e.g. loose permissions). */
    public record Loaded(byte[] key, Path file, boolean created, List<String> notes) {
    }

    private SiteKey() {
    }

    /** The default key file: $XDG_CONFIG_HOME/opensabt/deid.key, or ~/.config/opensabt/deid.key. */
    public static Path defaultFile(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return config.resolve("opensabt").resolve("deid.key");
    }

    /** Loads the key of this process: {@code explicit} (may be null), then the environment, then the default file. */
    public static Loaded load(Path explicit, Map<String, String> env, String userHome) throws DicomExportException {
        if (explicit != null) {
            return read(explicit, "--deid-key");
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return read(Path.of(fromEnv), "$" + ENV);
        }
        Path file = defaultFile(env, userHome);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            create(file);
            Loaded loaded = read(file, "default key file");
            return new Loaded(loaded.key(), file, true, loaded.notes());
        }
        return read(file, "default key file");
    }

    private static Loaded read(Path file, String source) throws DicomExportException {
        byte[] key;
        try {
            key = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DicomExportException(file + " (" + source + "): no such de-identification key file; create one with "
                    + "'openssl rand -out " + file + " 32 && chmod 600 " + file + "' or copy the site's key there");
        } catch (IOException e) {
            throw new DicomExportException(file + " (" + source + "): cannot read the de-identification key: " + e.getMessage());
        }
        if (key.length < MIN_BYTES) {
            throw new DicomExportException(file + " (" + source + "): a de-identification key holds at least " + MIN_BYTES + " bytes, this one "
                    + key.length);
        }
        List<String> notes = new ArrayList<>();
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
                notes.add(file + ": the de-identification key is readable by others (" + PosixFilePermissions.toString(p) + "); chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
        return new Loaded(key, file, false, notes);
    }

    /** Writes 32 random bytes to a private temporary file and links it to {@code file}: atomic, and never over a key that appeared meanwhile. */
    private static void create(Path file) throws DicomExportException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            byte[] key = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(key);
            temp = Files.createTempFile(dir, ".deid", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, key);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                // another export created it first: use theirs
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new DicomExportException(file + ": cannot create the de-identification key: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary name is private and random; leaving it is harmless
                }
            }
        }
    }
}
