package org.yangguang.household;

/**
 * Builds real-shaped ID numbers for tests. The check character is computed here with the
 * iterative form of ISO 7064 MOD 11-2, independently of the weight table in {@link IdNumbers}.
 */
final class TestIds {

    private TestIds() {}

    /** An ID number with a correct check character: area, birth date (yyyyMMdd), 3-digit sequence. */
    static String id(String area, String birth, String sequence) {
        String body = area + birth + sequence;
        return body + check(body);
    }

    /** The same ID number with a check character that is wrong. */
    static String withWrongCheck(String id) {
        char right = id.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return id.substring(0, 17) + wrong;
    }

    static char check(String seventeenDigits) {
        int remainder = 0;
        for (char digit : seventeenDigits.toCharArray()) {
            remainder = (remainder + (digit - '0')) * 2 % 11;
        }
        int value = (12 - remainder) % 11;
        return value == 10 ? 'X' : (char) ('0' + value);
    }
}
