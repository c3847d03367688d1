package cn.xuchang.ems.data.domain;

import java.util.Arrays;
import java.util.Optional;

/** The six county-level units of Xuchang (许昌市) with their administrative codes (GB/T 2260). */
public enum County {
    WEIDU("411002", "魏都区", "Weidu District"),
    JIAN_AN("411023", "建安区", "Jian'an District"),
    YANLING("411024", "鄢陵县", "Yanling County"),
    XIANGCHENG("411025", "襄城县", "Xiangcheng County"),
    YUZHOU("411081", "禹州市", "Yuzhou City"),
    CHANGGE("411082", "长葛市", "Changge City");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    County(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Six-digit administrative code. */
    public String code() {
        return code;
    }

    /** Official Chinese name. */
    public String nameZh() {
        return nameZh;
    }

    /** English name. */
    public String nameEn() {
        return nameEn;
    }

    /** The county with this administrative code, if it is one of Xuchang's six. */
    public static Optional<County> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
