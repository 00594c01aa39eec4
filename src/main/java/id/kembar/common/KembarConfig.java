package id.kembar.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Kembar's own settings; the README lists each with its environment variable. */
@ConfigMapping(prefix = "kembar")
public interface KembarConfig {

    Api api();

    DemoData demoData();

    /** The time zone in which "today" is taken for findings and assessments (deadlines are Indonesian days). */
    @WithDefault("Asia/Jakarta")
    ZoneId timeZone();

    /**
     * How long a write waits for a record that another write holds locked before it answers 503 and changes nothing;
     * every new database connection is set to it (application.properties, lock-timeout), on both databases.
     */
    @WithDefault("5000")
    @Min(1)
    long lockTimeoutMs();

    Findings findings();

    WarmUp warmUp();

    KeptValues keptValues();

    Lists lists();

    Metrics metrics();

    Backup backup();

    Auth auth();

    Cors cors();

    History history();

    H2 h2();

    interface Api {
        /** The full semantic version of the API, sent as {@code API-Version} and in the contract. */
        String version();

        /** Larger request bodies are answered with 413. */
        MemorySize maxBodySize();

        /**
         * A longer request line (method, path with query, version) is a 414 problem. The HTTP server's decoder
         * refuses one 16 times as long before any route sees it; that too is a 414 problem (MalformedRequests).
         */
        @WithDefault("4K")
        MemorySize maxRequestLine();

        /**
         * A larger header block (names and values) is a 431 problem. The HTTP server's decoder refuses one 16
         * times as large before any route sees it; that too is a 431 problem (MalformedRequests).
         */
        @WithDefault("8K")
        MemorySize maxHeaderSize();

        /** A request body must have arrived this long after its headers, or the request is cut with a 408. */
        @WithDefault("30s")
        Duration bodyTimeout();

        /**
         * ... and arrive at this many bytes a second at least, over every five seconds (a smaller rest in full), or
         * the request is cut with a 408.
         */
        @WithDefault("1K")
        MemorySize bodyMinRate();

        /**
         * PUT, PATCH and DELETE of an existing resource need {@code If-Match} (428 without it); false lets the last
         * writer win, for a deployment that wants that.
         */
        @WithDefault("true")
        boolean requireIfMatch();

        /** Base of the {@code type} URI of every problem response. */
        @WithDefault("https://kembar.kemendagri.go.id/problems/")
        String problemTypeBase();
    }

    /** The thresholds of the findings (API contract: FindingCode). */
    interface Findings {
        /** STAGNANT: no milestone achieved for more than this many days. */
        @WithDefault("365")
        int stagnantAfterDays();

        /** ONE_SIDED: at least this many activities with a side ... */
        @WithDefault("2")
        int oneSidedMinActivities();

        /** ... and a reciprocity balance at or beyond plus or minus this. */
        @WithDefault("0.8")
        double oneSidedBalance();

        /** AGREEMENT_EXPIRING: the agreement ends within this many days. */
        @WithDefault("180")
        int expiringWithinDays();

        /** NO_AGREEMENT_YET: a letter of intent more than this many days ago and still no agreement. */
        @WithDefault("730")
        int noAgreementAfterDays();

        /**
         * How often kept findings that the passing of days changed are brought up to today (reads that need them do
         * it too); the scheduler reads the setting itself, this declares it.
         */
        @WithDefault("15m")
        Duration refreshEvery();
    }

    interface WarmUp {
        /**
         * Before it reports ready, the service sends itself a few of the reads dashboards make, so that the first
         * client does not wait for the JVM to compile them.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface KeptValues {
        /**
         * How many partnerships a rebuild of the kept values (after a change of the rules or their settings) computes
         * and commits at a time.
         */
        @WithDefault("500")
        @Min(1)
        int rebuildBatch();
    }

    interface Lists {
        /**
         * A partnership list of several whole years of validFrom that the kept counts say matches more partnerships
         * than this walks the list's order and tests each one's year; one that matches fewer reads the year's index
         * and sorts the matches. (A page in title order of two to five years and no other filter merges the years'
         * index ranges instead, whatever the number.)
         */
        @WithDefault("5000")
        @Min(1)
        long walkAbove();
    }

    interface Metrics {
        /**
         * How often Kembar's own gauges at /q/metrics (partnerships by stage, open findings by code) are read from the
         * kept counts: a scrape reads the last values, never the database. The scheduler reads the setting itself,
         * this declares it.
         */
        @WithDefault("60s")
        Duration refreshEvery();
    }

    /** Online backups of the embedded H2 database (PostgreSQL is backed up with its own tools: the README). */
    interface Backup {
        /**
         * How often a backup is written while the service runs, the first one at start-up ({@code 6h}, {@code 1d});
         * {@code off}: never. The scheduler reads the setting itself, this declares it.
         */
        @WithDefault("off")
        String every();

        /** Where backups are written: {@code kembar-<UTC time it began>.zip}, each the database file as of then. */
        @WithDefault("backups")
        String directory();

        /** How many backups are kept: the oldest beyond these are deleted after each new one. */
        @WithDefault("7")
        @Min(1)
        int keep();
    }

    /** The embedded H2 database (ignored on PostgreSQL, whose server has its own memory settings). */
    interface H2 {
        /**
         * The size of H2's page cache, a part of the Java heap: pages of tables and indexes found there are not read
         * from the file and decoded again. H2's own default is 64 MB per GB of heap, 16 MB of the Dockerfile's 256 MB;
         * at 100,000 partnerships a list request then read and decoded most of its pages again, and the garbage of that
         * kept the collector busy (bench/RESULTS.md). Raise it with the heap ({@code -Xmx}); H2 rounds it to a power of
         * two.
         */
        @WithDefault("64M")
        MemorySize cacheSize();
    }

    /** Who may call (issue "Identity and authorization"; bearer tokens are configured as quarkus.oidc.*). */
    interface Auth {
        /** Reads need an authenticated caller too (any role), for deployments that hold non-public data. */
        @WithDefault("false")
        boolean readsRequireAuthentication();

        /**
         * The claim of a bearer token that lists the Kemendagri codes of the regions its holder edits: a name, or a
         * path through nested objects with {@code /}; an array of strings, or one string with codes separated by
         * spaces or commas.
         */
        @WithDefault("kembar_regions")
        String regionsClaim();

        /** PBKDF2 iterations of the hash of a new API key's secret (stored with it, so that it can grow later). */
        @WithDefault("600000")
        @Min(10_000)
        int keyHashIterations();

        BootstrapKey bootstrapKey();

        FailedAttempts failedAttempts();
    }

    interface BootstrapKey {
        /** On the first start of a database, make an ADMIN API key and print it once in the log. */
        @WithDefault("true")
        boolean enabled();

        /** That key's value instead of a random one, for automated set-ups: {@code kmb_<16 hex>_<secret>}. */
        Optional<String> value();
    }

    /** Failed authentications from one client address, counted per instance in memory. */
    interface FailedAttempts {
        /** This many failures within the window ... */
        @WithDefault("10")
        @Min(1)
        int allowed();

        /** ... and requests with credentials from that address get a 429 until the window has passed. */
        @WithDefault("1m")
        Duration window();
    }

    /** Browsers' cross-origin requests (CORS), from the frontends of a deployment. */
    interface Cors {
        /**
         * The origins ({@code https://dashboard.example.go.id}, comma-separated) whose pages may call the API with
         * credentials; no other origin gets a CORS header. None by default.
         */
        Optional<List<String>> origins();
    }

    interface History {
        /**
         * The roles that may read the audit history (of partnerships and actors); unset: every caller that may read
         * the record (and so everyone, when reads need no authentication).
         */
        Optional<List<String>> readers();

        /**
         * How long audit records and change feed entries are kept; unset: forever. Older ones are removed once a day
         * (and at start-up); a feed cursor from before the oldest kept entry is then answered with 410.
         */
        Optional<Duration> retention();

        /** How many feed requests may wait for a change at once ({@code wait=}); more are answered with 503. */
        @WithDefault("200")
        @Min(0)
        int maxWaiting();

        /**
         * How often a waiting feed request looks for changes that another instance on the same database committed
         * (changes of this instance wake it at once).
         */
        @WithDefault("1s")
        Duration pollEvery();
    }

    interface DemoData {
        /** Load the seed partnerships at start-up when the database is empty. */
        @WithDefault("true")
        boolean enabled();
    }
}
