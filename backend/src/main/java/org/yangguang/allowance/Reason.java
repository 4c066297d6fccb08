package org.yangguang.allowance;

/**
 * Why a household is not eligible: a stable code ({@code NO_STANDARD}, {@code NO_MEMBERS},
 * {@code INCOME_NOT_BELOW_STANDARD}, {@code ASSET_LIMIT_EXCEEDED}) and a message naming the figures.
 */
public record Reason(String code, String message) {}
