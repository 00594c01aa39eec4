package id.kembar.common.web;

/** The base path of every API resource (API-GUIDE "Shape"); the contract's server URL. */
public final class Api {

    public static final String BASE = "/api/v1";

    private Api() {}
}
