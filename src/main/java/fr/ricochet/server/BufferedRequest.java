package fr.ricochet.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Request;

/** A request whose body the {@link BodyGate} has already read whole: the routes read it from memory. */
final class BufferedRequest extends Request.Wrapper {

    private final ByteBufferContentSource body;
    private final long length;

    BufferedRequest(Request request, byte[] bytes) {
        super(request);
        this.body = new ByteBufferContentSource(ByteBuffer.wrap(bytes));
        this.length = bytes.length;
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public Content.Chunk read() {
        return body.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
        body.demand(demandCallback);
    }

    @Override
    public void fail(Throwable failure) {
        body.fail(failure);
    }

    @Override
    public boolean consumeAvailable() {
        return true; // nothing is left on the connection: the gate read it all
    }
}
