package nl.ivbplanner.api;

/** A key wrote more than its limit within one minute; the client may try again after {@code retryAfterSeconds}. */
class TooManyWritesException extends RuntimeException {

    private final int limit;
    private final long retryAfterSeconds;

    TooManyWritesException(int limit, long retryAfterSeconds) {
        super("more than " + limit + " writes in a minute");
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int limit() {
        return limit;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
