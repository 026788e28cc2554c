package nl.ivbplanner.api;

/** A query parameter the client sent with a value outside what the operation takes: the client's mistake, a 400. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter) {
        super("bad value of " + parameter);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
