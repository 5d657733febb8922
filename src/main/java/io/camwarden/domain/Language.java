package io.camwarden.domain;

import java.util.Locale;

/** Languages CamWarden speaks to users and in notices. Persian is written right to left. */
public enum Language {
    VI, FA, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean rightToLeft() {
        return this == FA;
    }

    /** Accepts "vi", "FA", "en"; anything else is an error that names the accepted values. */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': use vi, fa or en");
    }
}
