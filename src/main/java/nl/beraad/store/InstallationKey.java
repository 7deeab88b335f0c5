package nl.beraad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Seal;

/**
 * This installation's Ed25519 key (issue 15), kept beside the database: {@code NAME.key} holds the
 * private and the public key and only its owner may read it; {@code NAME.pub} holds the public key
 * for anyone who checks a signature. Made on first use, never replaced: a damaged or readable-by-
 * others key is refused in one sentence, since signatures made with it must go on verifying.
 */
public final class InstallationKey implements nl.beraad.app.Signer {
    private static final String PRIVATE_LINE = "private-key-pkcs8: ";
    private static final String PUBLIC_LINE = "public-key-x509: ";

    private final Path keyFile;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final boolean made;

    private InstallationKey(Path keyFile, PrivateKey privateKey, PublicKey publicKey, boolean made) {
        this.keyFile = keyFile;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.made = made;
    }

    /** The key whose files are {@code base}.key and {@code base}.pub: read, or made when there is none yet. */
    public static InstallationKey at(Path base) {
        Path keyFile = base.resolveSibling(base.getFileName() + ".key");
        try {
            boolean made = false;
            if (!Files.exists(keyFile)) {
                made = make(keyFile);
            }
            InstallationKey key = read(keyFile, made);
            key.writePublicFile(base.resolveSibling(base.getFileName() + ".pub"));
            return key;
        } catch (IOException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(nl.beraad.domain.Problem.of("key.io", keyFile)), e);
        }
    }

    /** Makes the key file, owner-only from its first byte, whole or not at all; false when another process made it first. */
    private static boolean make(Path keyFile) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java from 15 on has Ed25519", e);
        }
        String text = "# Beraad: the key this installation signs finished sessions with. Keep it here; never share it.\n"
                + PRIVATE_LINE + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + PUBLIC_LINE + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        Path folder = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path part = folder.resolve("." + keyFile.getFileName() + ".deel-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId());
        try {
            try {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(part);
            }
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            // A link cannot replace a file: of two processes making a key at once, one key wins and both use it.
            try {
                Files.createLink(keyFile, part);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException taken) {
                    throw taken;
                }
                // No hard links here (a FAT-formatted stick): a move without REPLACE_EXISTING still
                // refuses a file that is there, only not atomically.
                Files.move(part, keyFile);
            }
            return true;
        } catch (FileAlreadyExistsException other) {
            return false;
        } catch (IOException e) {
            if (Files.isWritable(folder)) {
                throw e;
            }
            throw new BeraadException(ExitCode.ERROR, List.of(nl.beraad.domain.Problem.of("key.cannot.make", keyFile)), e);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static InstallationKey read(Path keyFile, boolean made) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new BeraadException(ExitCode.ERROR, "key.insecure", keyFile);
            }
        } catch (UnsupportedOperationException notPosix) {
            // A file system without owners and modes: nothing to check.
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException | java.nio.charset.MalformedInputException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(nl.beraad.domain.Problem.of("key.damaged", keyFile)), e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(nl.beraad.domain.Problem.of("key.unreadable", keyFile)), e);
        }
        try {
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = ed.generatePrivate(new PKCS8EncodedKeySpec(decoded(lines, PRIVATE_LINE)));
            PublicKey publicKey = ed.generatePublic(new X509EncodedKeySpec(decoded(lines, PUBLIC_LINE)));
            InstallationKey key = new InstallationKey(keyFile, privateKey, publicKey, made);
            byte[] probe = "beraad".getBytes(StandardCharsets.US_ASCII);
            if (!verify(probe, key.sign(probe), key.publicKey())) {
                throw new GeneralSecurityException("the two halves do not belong together");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(nl.beraad.domain.Problem.of("key.damaged", keyFile)), e);
        }
    }

    private static byte[] decoded(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Base64.getDecoder().decode(l.substring(prefix.length()).strip()))
                .orElseThrow(() -> new IllegalArgumentException("no line " + prefix));
    }

    /**
     * The public key for others, written beside the key (again, when it went missing). A public key
     * of an earlier key that is there (its private key was lost and a new one made) is kept as
     * NAME-FINGERPRINT.pub: what was signed with it must stay checkable.
     */
    private void writePublicFile(Path publicFile) throws IOException {
        String text = publicKey() + "\n";
        if (Files.exists(publicFile) && Files.readString(publicFile).equals(text)) {
            return;
        }
        try {
            if (Files.exists(publicFile)) {
                String old = Files.readString(publicFile).strip();
                String name = publicFile.getFileName().toString();
                Path kept = publicFile.resolveSibling(name.substring(0, name.length() - ".pub".length()) + "-"
                        + Seal.fingerprint(old) + ".pub");
                if (old.startsWith(Seal.PUBLIC_KEY_PREFIX) && !Files.exists(kept)) {
                    Files.copy(publicFile, kept);
                }
            }
            Path part = publicFile.resolveSibling("." + publicFile.getFileName() + ".deel-" + ProcessHandle.current().pid());
            Files.writeString(part, text);
            Files.move(part, publicFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A folder that cannot be written (a read-only copy): the key file holds the public key too.
        }
    }

    /** Whether this call made the key (the first use on this installation). */
    public boolean made() {
        return made;
    }

    /** The public keys this installation signed with before (kept as NAME-FINGERPRINT.pub beside the key). */
    @Override
    public List<String> earlierPublicKeys() {
        String name = keyFile.getFileName().toString();
        String stem = name.substring(0, name.length() - ".key".length()) + "-";
        try (java.util.stream.Stream<Path> files = Files.list(keyFile.toAbsolutePath().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(stem) && f.getFileName().toString().endsWith(".pub"))
                    .sorted().map(f -> {
                        try {
                            return Files.readString(f).strip();
                        } catch (IOException e) {
                            return "";
                        }
                    }).filter(t -> t.startsWith(Seal.PUBLIC_KEY_PREFIX)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Where the private key is kept. */
    public Path file() {
        return keyFile;
    }

    /** The public key as text: "ed25519:" and its X.509 encoding in base64. */
    @Override
    public String publicKey() {
        return Seal.PUBLIC_KEY_PREFIX + Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A short name for the key: the first 16 hexadecimal digits of the SHA-256 of its public key text. */
    public String fingerprint() {
        return Seal.fingerprint(publicKey());
    }

    /** The Ed25519 signature of {@code message}. */
    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a key that was read whole signs", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code message} by the key whose public text is given. */
    public static boolean verify(byte[] message, byte[] signature, String publicKeyText) {
        return Seal.verify(message, Base64.getEncoder().encodeToString(signature), publicKeyText);
    }

    @Override
    public String toString() {
        return "Ed25519 " + fingerprint(); // never the private key
    }
}
