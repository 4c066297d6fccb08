package org.yangguang.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The assets test ("car, house, cash"): each limit counts the household's non-exempt assets of its
 * types and reports every bound they break, with the figures.
 */
final class AssetLimitCheck {

    static final String CODE = "ASSET_LIMIT_EXCEEDED";

    private final ReasonTexts texts;

    AssetLimitCheck(ReasonTexts texts) {
        this.texts = texts;
    }

    List<Reason> breaches(List<AssetInput> assets, List<AssetLimit> limits, BigDecimal standard, int members) {
        List<Reason> reasons = new ArrayList<>();
        for (AssetLimit limit : limits) {
            List<AssetInput> counted = assets.stream()
                    .filter(asset -> !asset.exempt() && limit.assetTypes().contains(asset.type()))
                    .toList();
            int count = counted.size();
            BigDecimal value = counted.stream()
                    .map(asset -> asset.value() == null ? BigDecimal.ZERO : asset.value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String types = texts.assetTypes(limit.assetTypes());
            if (limit.maxCount() != null && count > limit.maxCount()) {
                reasons.add(texts.reason(CODE, "count", types, count, limit.maxCount()));
            }
            BigDecimal months = limit.maxMonthsOfStandardPerCapita();
            if (months != null) {
                BigDecimal cap = months.multiply(standard)
                        .multiply(BigDecimal.valueOf(members))
                        .setScale(2, RoundingMode.HALF_UP);
                if (value.compareTo(cap) > 0) {
                    reasons.add(texts.reason(
                            CODE,
                            "months",
                            types,
                            ReasonTexts.money(value),
                            ReasonTexts.money(cap),
                            ReasonTexts.number(months),
                            members));
                }
            }
            BigDecimal maxValue = limit.maxHouseholdValue();
            if (maxValue != null && value.compareTo(maxValue) > 0) {
                reasons.add(texts.reason(
                        CODE, "value", types, ReasonTexts.money(value), ReasonTexts.money(maxValue)));
            }
        }
        return reasons;
    }
}
