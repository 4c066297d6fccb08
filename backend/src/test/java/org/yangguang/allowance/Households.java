package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.yangguang.household.AssetType;
import org.yangguang.household.IncomeType;
import org.yangguang.region.RegionKind;

/**
 * Builds an {@link AllowanceInput} from the short notation of the test tables. Lists are comma
 * separated, "-" means none. Members: {@code 70}, {@code 30/g2} (disability grade 2),
 * {@code 45/ill}; member n gets ID "m1", "m2", …. Incomes: {@code WAGE 300}. Assets:
 * {@code VEHICLE 30000 exempt}. Support: {@code 100, 200}.
 */
final class Households {

    private Households() {}

    static AllowanceInput parse(
            RegionKind kind, LocalDate asOf, String members, String incomes, String assets, String support) {
        String region = kind == RegionKind.COMMUNITY ? "511999101003" : "511999101001";
        List<String> people = items(members);
        return new AllowanceInput(
                region,
                kind,
                asOf,
                IntStream.range(0, people.size())
                        .mapToObj(i -> member("m" + (i + 1), people.get(i), asOf))
                        .toList(),
                items(incomes).stream().map(Households::income).toList(),
                items(assets).stream().map(Households::asset).toList(),
                items(support).stream().map(BigDecimal::new).toList());
    }

    private static List<String> items(String list) {
        if (list == null || list.isBlank() || list.equals("-")) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    private static PersonInput member(String id, String spec, LocalDate asOf) {
        String[] parts = spec.split("/");
        int grade = 0;
        boolean ill = false;
        for (String flag : Arrays.copyOfRange(parts, 1, parts.length)) {
            if (flag.equals("ill")) {
                ill = true;
            } else {
                grade = Integer.parseInt(flag.substring(1));
            }
        }
        LocalDate birth = asOf.minusYears(Integer.parseInt(parts[0]));
        return new PersonInput(id, birth, grade, ill);
    }

    private static IncomeInput income(String spec) {
        String[] parts = spec.split(" ");
        return new IncomeInput("m1", IncomeType.valueOf(parts[0]), new BigDecimal(parts[1]));
    }

    private static AssetInput asset(String spec) {
        String[] parts = spec.split(" ");
        return new AssetInput("m1", AssetType.valueOf(parts[0]), new BigDecimal(parts[1]),
                parts.length > 2 && parts[2].equals("exempt"));
    }
}
