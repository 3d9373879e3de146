package dev.burrow.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards what is left of a request body the handler never needed (a refusal settled before the body
 * was read, say), so the client gets the answer. Left unread, a body larger than the socket buffers made the
 * server close the connection while the client was still sending, and the client saw a reset instead of the
 * response. That includes bodies over the megabyte no route accepts, so their 413 reaches the client too. Bodies
 * past {@link #LIMIT} are not worth reading: for those the connection is closed, as before.
 */
final class UnreadBodies {

    /** Four times what any burrow route accepts; more than this is never read. */
    static final long LIMIT = 4L << 20;

    private UnreadBodies() {
    }

    static void discard(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        boolean chunked = ctx.req().getHeader("Transfer-Encoding") != null;
        if (declared <= 0 && !chunked || declared > LIMIT) {
            return;
        }
        byte[] sink = new byte[8192];
        long read = 0;
        try {
            InputStream body = ctx.req().getInputStream();
            for (int n; read <= LIMIT && (n = body.read(sink)) != -1; ) {
                read += n;
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client went away or the body was taken as a reader: nothing left to save.
        }
    }
}
