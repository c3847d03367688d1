package cn.xuchang.ems.data.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Guesses the encoding of Chinese text files and DBF attributes: a UTF-8 byte-order mark or bytes
 * that decode as strict UTF-8 mean UTF-8; anything else is taken as GB18030, the superset of GBK and
 * GB2312 that Chinese Windows programs write. Stateless.
 */
public final class TextEncoding {
    /** GB18030 (reads GBK and GB2312 as well). */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {
    }

    /** True when the bytes start with the UTF-8 byte-order mark. */
    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** UTF-8 when the bytes are valid UTF-8 (or carry the BOM), else GB18030. */
    public static Charset detect(byte[] bytes) {
        if (hasUtf8Bom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    /**
     * Parses a user- or file-given encoding name ({@code utf-8}, {@code gbk}, {@code gb18030},
     * a {@code .cpg} content such as {@code 936} or {@code UTF-8}); fails with the accepted names.
     */
    public static Charset parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "utf8", "utf-8", "65001":
                return StandardCharsets.UTF_8;
            case "gbk", "cp936", "936", "ansi 936", "gb2312":
                return Charset.forName("GBK");
            case "gb18030", "54936":
                return GB18030;
            default:
                try {
                    return Charset.forName(name.trim());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("unknown text encoding '" + name + "'; use utf-8, gbk or gb18030", e);
                }
        }
    }
}
