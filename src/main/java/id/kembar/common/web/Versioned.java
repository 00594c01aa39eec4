package id.kembar.common.web;

import java.util.UUID;

/** A response body that carries its resource's id and version, from which the ETag and Location come. */
public interface Versioned {
    UUID id();

    long version();
}
