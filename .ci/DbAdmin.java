import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Creates or drops the throw-away database of a CI run on a MySQL/MariaDB server, with the MySQL
 * Connector/J that the application jar carries (so no command-line client is needed).
 *
 * <p>Usage: java .ci/DbAdmin.java APP_JAR HOST PORT USER ping|create NAME|drop NAME; the password is
 * read from YANGGUANG_CI_DB_PASSWORD (empty by default).
 */
public class DbAdmin {

    public static void main(String[] args) throws Exception {
        Driver driver = connectorFrom(Path.of(args[0]));
        String url = "jdbc:mysql://" + args[1] + ":" + args[2] + "/?connectTimeout=5000&useSSL=false&allowPublicKeyRetrieval=true";
        Properties credentials = new Properties();
        credentials.setProperty("user", args[3]);
        credentials.setProperty("password", System.getenv().getOrDefault("YANGGUANG_CI_DB_PASSWORD", ""));
        String action = args[4];
        try (Connection connection = driver.connect(url, credentials);
                Statement statement = connection.createStatement()) {
            switch (action) {
                case "ping" -> System.out.println("database server reachable: " + connection.getMetaData().getDatabaseProductVersion());
                case "create" -> {
                    statement.execute("CREATE DATABASE `" + name(args) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    System.out.println("created database " + name(args));
                }
                case "drop" -> {
                    statement.execute("DROP DATABASE IF EXISTS `" + name(args) + "`");
                    System.out.println("dropped database " + name(args));
                }
                default -> throw new IllegalArgumentException("unknown action " + action);
            }
        }
    }

    private static Driver connectorFrom(Path applicationJar) throws Exception {
        try (ZipFile jar = new ZipFile(applicationJar.toFile())) {
            ZipEntry entry = jar.stream()
                    .filter(e -> e.getName().matches("BOOT-INF/lib/mysql-connector-j-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no MySQL Connector/J in " + applicationJar));
            Path copy = Files.createTempFile("connector", ".jar");
            copy.toFile().deleteOnExit();
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()}, DbAdmin.class.getClassLoader());
            return (Driver) Class.forName("com.mysql.cj.jdbc.Driver", true, loader).getDeclaredConstructor().newInstance();
        }
    }

    private static String name(String[] args) {
        String name = args[5];
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        return name;
    }
}
