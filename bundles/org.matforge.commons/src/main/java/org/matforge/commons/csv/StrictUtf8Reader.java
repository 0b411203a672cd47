package org.matforge.commons.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: every character before the first byte that is not UTF-8 is delivered, and only the read
 * after them fails ({@link MalformedInputException}) — so whoever counts lines knows the line of that byte (the JDK's
 * readers drop the characters decoded in the same call and fail up to a buffer earlier).
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private CoderResult failure;
    private int pending = -1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        if (pending >= 0) {
            out.put((char) pending);
            pending = -1;
            return 1;
        }
        while (out.position() == offset) {
            if (failure != null) {
                failure.throwException();
            }
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                failure = result;
            } else if (result.isOverflow()) { // room for one char, and the next is a surrogate pair
                CharBuffer pair = CharBuffer.allocate(2);
                result = decoder.decode(bytes, pair, eof);
                out.put(pair.get(0));
                pending = pair.get(1);
            } else if (result.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
