package ca.relais.server.store;

import java.sql.SQLException;

/** A database failure that the caller cannot fix. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
