package dev.burrow.jdbc.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * zonky's PostgreSQL binaries, made to start as root. initdb and pg_ctl refuse to run as root, and CI containers
 * run as root (where zonky's own way out, {@code unshare -U}, is often not allowed). This resolver hands zonky a
 * copy of its archive in which {@code bin/initdb} and {@code bin/pg_ctl} are shell scripts: as root they give the
 * data directory (the argument after {@code -D}) to nobody and run the real program ({@code bin/<name>.real}) as
 * nobody through {@code setpriv}; as anyone else they just run it. The postmaster that pg_ctl starts inherits
 * nobody, so the whole server runs unprivileged.
 *
 * <p>zonky extracts an archive once per content digest ({@code PG-<md5>} in its working directory), so the copy is
 * written deterministically and kept beside that directory: later runs find both the copy and its extraction.
 */
final class UnprivilegedPostgresBinaries implements PgBinaryResolver {

    static final UnprivilegedPostgresBinaries INSTANCE = new UnprivilegedPostgresBinaries();

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String NOBODY = "65534";
    private static final String WRAPPER = """
            #!/bin/sh
            # PostgreSQL will not run as root. Written by burrow's test support (UnprivilegedPostgresBinaries): as
            # root, give the data directory to nobody and run the real program as nobody; otherwise run it as it is.
            real="$0.real"
            if [ "$(id -u)" != "0" ]; then
                exec "$real" "$@"
            fi
            data=""
            next_is_data=""
            for argument in "$@"; do
                if [ -n "$next_is_data" ]; then
                    data="$argument"
                    next_is_data=""
                fi
                if [ "$argument" = "-D" ]; then
                    next_is_data="yes"
                fi
            done
            if [ -n "$data" ]; then
                chown -R %1$s:%1$s "$data"
            fi
            # Under a restrictive umask the extracted binaries would be root's alone.
            install="$(dirname "$0")/.."
            chmod -R go+rX "$install" 2>/dev/null
            chmod go+x "$install/.." 2>/dev/null
            # nobody may not be able to enter the directory the tests run in.
            cd /
            exec setpriv --reuid=%1$s --regid=%1$s --clear-groups "$real" "$@"
            """.formatted(NOBODY);

    private UnprivilegedPostgresBinaries() {
    }

    /** Whether this JVM runs as root on Linux, where PostgreSQL needs the rewritten binaries. */
    static boolean needed() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original;
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = archive.readAllBytes();
        }
        Path directory = workingDirectory();
        Files.createDirectories(directory);
        Path copy = directory.resolve("burrow-unprivileged-" + digest(original) + ".txz");
        if (!Files.exists(copy)) {
            Path partial = Files.createTempFile(directory, "burrow-unprivileged-", ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    rewrite(original, out);
                }
                // Another JVM may be writing the same copy; both copies are identical, so either may win.
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return Files.newInputStream(copy);
    }

    private static void rewrite(byte[] original, OutputStream target) throws IOException {
        LZMA2Options stored = new LZMA2Options();
        // Stored, not compressed: it is written once and read on every run, and only ever lies in a temp directory.
        stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        try (XZInputStream unpacked = new XZInputStream(new ByteArrayInputStream(original));
             TarArchiveInputStream in = new TarArchiveInputStream(unpacked);
             XZOutputStream xz = new XZOutputStream(target, stored, XZ.CHECK_CRC32);
             TarArchiveOutputStream out = new TarArchiveOutputStream(xz, StandardCharsets.UTF_8.name())) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
                    entry.setName(entry.getName() + ".real");
                    copy(entry, in, out);
                    byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
                    wrapper.setMode(0100755);
                    wrapper.setModTime(entry.getModTime());
                    wrapper.setNames(entry.getUserName(), entry.getGroupName());
                    wrapper.setSize(script.length);
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    copy(entry, in, out);
                }
            }
            out.finish();
        }
    }

    private static void copy(TarArchiveEntry entry, InputStream in, TarArchiveOutputStream out) throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static Path workingDirectory() {
        String fallback = new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath();
        return Path.of(System.getProperty("ot.epg.working-dir", fallback));
    }

    private static String digest(byte[] original) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(original);
            sha.update(WRAPPER.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
