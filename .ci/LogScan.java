import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans log files for resident ID numbers (18 characters, a plausible birth date and a valid check
 * character): none may appear in the output of a test run (docs/security.md, "Personal data").
 * Prints each finding masked, with file and line, and exits 1 if there is any.
 *
 * <p>Usage: java .ci/LogScan.java FILE_OR_DIRECTORY...
 */
public class LogScan {

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])([1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})([0-9Xx])(?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    public static void main(String[] args) throws IOException {
        long files = 0;
        long lines = 0;
        int findings = 0;
        for (String argument : args) {
            if (!Files.exists(Path.of(argument))) {
                continue;
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(Path.of(argument))) {
                paths = walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".txt"))
                        .toList();
            }
            for (Path path : paths) {
                files++;
                int number = 0;
                for (String line : Files.readAllLines(path, StandardCharsets.ISO_8859_1)) {
                    number++;
                    lines++;
                    Matcher matcher = ID_NUMBER.matcher(line);
                    while (matcher.find()) {
                        if (checkCharacter(matcher.group(1)) == Character.toUpperCase(matcher.group(2).charAt(0))) {
                            findings++;
                            if (findings <= 50) {
                                System.out.println(path + ":" + number + ": ID number "
                                        + matcher.group(1).substring(0, 6) + "************");
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("log scan: %d files, %d lines, %d ID numbers%n", files, lines, findings);
        System.exit(findings == 0 ? 0 : 1);
    }

    private static char checkCharacter(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }
}
