package id.kembar.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Kembar's own settings; the README lists each with its environment variable. */
@ConfigMapping(prefix = "kembar")
public interface KembarConfig {

    Api api();

    DemoData demoData();

    interface Api {
        /** The full semantic version of the API, sent as {@code API-Version} and in the contract. */
        String version();

        /** Larger request bodies are answered with 413. */
        MemorySize maxBodySize();

        /** Base of the {@code type} URI of every problem response. */
        @WithDefault("https://kembar.kemendagri.go.id/problems/")
        String problemTypeBase();
    }

    interface DemoData {
        /** Load the seed partnerships at start-up when the database is empty. */
        @WithDefault("true")
        boolean enabled();
    }
}
