package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import nl.beraad.domain.BeraadException;
import org.junit.jupiter.api.Test;

/** --db and BERAAD_DB: a file or a PostgreSQL address; a password is never taken from the address, nor shown. */
class DatabaseAddressTest {
    @Test
    void aPathIsAnH2File() {
        assertEquals(new DatabaseAddress.File(Path.of("sessions/beraad.mv.db")),
                DatabaseAddress.of("sessions/beraad.mv.db", Map.of()));
    }

    @Test
    void aPostgresqlAddressGivesTheDriverItsAddressAndLogin() {
        DatabaseAddress.Server s = assertInstanceOf(DatabaseAddress.Server.class, DatabaseAddress.of(
                "postgresql://anouk@db.gemeente.nl:5432/beraad?sslmode=require", Map.of("PGPASSWORD", "geheim")));
        assertEquals("jdbc:postgresql://db.gemeente.nl:5432/beraad?sslmode=require", s.jdbcUrl());
        assertEquals("anouk", s.login().getProperty("user"));
        assertEquals("geheim", s.login().getProperty("password"));
        assertEquals("postgresql://anouk@db.gemeente.nl:5432/beraad", s.shown());
        assertFalse(s.toString().contains("geheim"), s.toString());
    }

    @Test
    void aJdbcAddressTakesItsUserFromTheQueryOrPgUser() {
        DatabaseAddress.Server s = (DatabaseAddress.Server) DatabaseAddress.of("jdbc:postgresql://localhost/beraad?user=griffie",
                Map.of());
        assertEquals("jdbc:postgresql://localhost/beraad", s.jdbcUrl());
        assertEquals("griffie", s.login().getProperty("user"));
        assertEquals(null, s.login().getProperty("password"), "none given: the driver reads ~/.pgpass");
        DatabaseAddress.Server fromEnv = (DatabaseAddress.Server) DatabaseAddress.of("postgres://localhost/beraad",
                Map.of("PGUSER", "raad"));
        assertEquals("raad", fromEnv.login().getProperty("user"));
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        for (String address : new String[] {"postgresql://anouk:geheim@host/beraad", "jdbc:postgresql://host/beraad?password=geheim",
            "postgresql://anouk:geheim@host:99999999/beraad"}) {
            BeraadException e = assertThrows(BeraadException.class, () -> DatabaseAddress.of(address, Map.of()), address);
            assertFalse(e.problems().toString().contains("geheim"), e.problems().toString());
        }
    }

    @Test
    void anAddressWithoutServerOrDatabaseIsRefused() {
        for (String address : new String[] {"postgresql://host", "postgresql:///beraad", "postgresql://host/a/b"}) {
            BeraadException e = assertThrows(BeraadException.class, () -> DatabaseAddress.of(address, Map.of()), address);
            assertEquals("db.url.invalid", e.problems().get(0).key(), address);
        }
    }
}
