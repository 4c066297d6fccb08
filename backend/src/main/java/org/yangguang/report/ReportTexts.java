package org.yangguang.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.region.Region;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionService;

/** The Chinese words of a report: enum values, titles, region names (cached for one export). */
@Component
class ReportTexts {

    private final MessageSource messages;
    private final RegionService regions;
    private final Map<String, String> words = new java.util.concurrent.ConcurrentHashMap<>();

    ReportTexts(MessageSource messages, RegionService regions) {
        this.messages = messages;
        this.regions = regions;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** The word for a value, or the value itself when there is none (looked up once: exports ask per row). */
    String word(String prefix, String value) {
        return value == null ? null : words.computeIfAbsent(prefix + value,
                key -> messages.getMessage(key, null, value, Locale.SIMPLIFIED_CHINESE));
    }

    /** Region names, looked up once per code. */
    Names names() {
        return new Names();
    }

    final class Names {

        private final Map<String, String> byCode = new HashMap<>();

        String of(String code) {
            return code == null ? null : byCode.computeIfAbsent(code, c -> regions.find(c).map(Region::name).orElse(c));
        }

        String township(String villageCode) {
            return of(RegionCodes.townshipOf(villageCode));
        }
    }
}
