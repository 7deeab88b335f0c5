package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import nl.beraad.domain.BeraadException;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation's Ed25519 key (issue 15): made on first use, owner-only, read back the same; it
 * signs, and nothing else verifies; a damaged or too-open key is refused and never replaced; two
 * users at once end up with one key; `beraad keys` shows it.
 */
@Timeout(60)
class InstallationKeyTest {
    private static final byte[] MESSAGE = "beraad-seal/1\nuid\n12\nabc".getBytes(StandardCharsets.UTF_8);

    @Test
    void madeOnFirstUseOwnerOnlyAndTheSameKeyAfterwards(@TempDir Path dir) throws Exception {
        InstallationKey first = InstallationKey.at(dir.resolve("beraad"));
        assertTrue(first.made());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("beraad.key"))));
        assertEquals(first.publicKey() + "\n", Files.readString(dir.resolve("beraad.pub")));

        InstallationKey again = InstallationKey.at(dir.resolve("beraad"));
        assertFalse(again.made());
        assertEquals(first.publicKey(), again.publicKey());
        assertEquals(16, again.fingerprint().length());
        assertTrue(InstallationKey.verify(MESSAGE, again.sign(MESSAGE), first.publicKey()), "signed with the same key");
    }

    @Test
    void aSignatureHoldsForItsMessageAndKeyOnly(@TempDir Path dir) {
        InstallationKey key = InstallationKey.at(dir.resolve("a"));
        InstallationKey other = InstallationKey.at(dir.resolve("b"));
        byte[] signature = key.sign(MESSAGE);
        assertTrue(InstallationKey.verify(MESSAGE, signature, key.publicKey()));
        byte[] changed = MESSAGE.clone();
        changed[changed.length - 1] ^= 1;
        assertFalse(InstallationKey.verify(changed, signature, key.publicKey()));
        assertFalse(InstallationKey.verify(MESSAGE, signature, other.publicKey()));
        assertFalse(InstallationKey.verify(MESSAGE, signature, "ed25519:bm9uc2Vuc2U="));
    }

    @Test
    void aDamagedKeyIsRefusedAndNeverReplaced(@TempDir Path dir) throws Exception {
        InstallationKey.at(dir.resolve("beraad"));
        Path file = dir.resolve("beraad.key");
        String damaged = Files.readString(file).replace("private-key-pkcs8: MC", "private-key-pkcs8: XX");
        Files.writeString(file, damaged);
        BeraadException refused = assertThrows(BeraadException.class, () -> InstallationKey.at(dir.resolve("beraad")));
        assertEquals("key.damaged", refused.problems().get(0).key());
        assertEquals(damaged, Files.readString(file), "left as it was");
    }

    @Test
    void aKeyOthersCanReadIsRefused(@TempDir Path dir) throws Exception {
        InstallationKey.at(dir.resolve("beraad"));
        Path file = dir.resolve("beraad.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        BeraadException refused = assertThrows(BeraadException.class, () -> InstallationKey.at(dir.resolve("beraad")));
        assertEquals("key.insecure", refused.problems().get(0).key());
    }

    @Test
    void manyMakingTheKeyAtOnceGetOneKey(@TempDir Path dir) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> keys = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            keys.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return InstallationKey.at(dir.resolve("beraad")).publicKey();
            }));
        }
        go.countDown();
        Set<String> seen = keys.stream().map(CompletableFuture::join).collect(Collectors.toSet());
        assertEquals(1, seen.size(), seen.toString());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("beraad.key", "beraad.pub"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no part files left");
        }
    }

    @Test
    void keysShowsThePublicKeyAndSaysWhenItWasMade(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run first = beraad.run("keys");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().startsWith("Nieuwe sleutel gemaakt: "), first.err());
        List<String> lines = first.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ed25519:"), first.out());
        assertTrue(lines.get(1).matches("Vingerafdruk: [0-9a-f]{16}"), first.out());

        Beraad.Run english = beraad.run("--lang", "en", "keys");
        assertEquals("", english.err());
        assertEquals(lines.get(0), english.out().lines().findFirst().orElseThrow(), "the same key");
        assertTrue(english.out().contains("Fingerprint: "), english.out());
    }
}
