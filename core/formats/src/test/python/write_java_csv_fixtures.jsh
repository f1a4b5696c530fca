// Writes csv/java-written*.csv with TableWriter (run from the repo root after building core/engine):
//   jshell --class-path core/engine/target/classes:core/api/target/classes:$HOME/.m2/repository/org/apache/commons/commons-csv/1.10.0/commons-csv-1.10.0.jar core/engine/src/test/python/write_java_csv_fixtures.jsh
// then rerun generate_csv_fixtures.py, which checks that pandas and numpy read them back.
import java.nio.file.*;
import java.util.*;
import org.brainalign.api.table.Table;
import org.brainalign.engine.io.csv.TableWriter;
Path dir = Path.of("core/engine/src/test/resources/csv");
List<String> labels = List.of("plain", "with,comma", "with \"quote\"", "two\nlines", "zero", "minus zero", "third", "tiny", "denormal", "huge", "whole", "negative", "not-a-number", "plus-infinity", "minus-infinity");
List<List<Object>> a = new ArrayList<>();
List<List<Object>> b = new ArrayList<>();
int i = 0;
for (String hex : Files.readAllLines(dir.resolve("values-bits.txt"))) { double v = Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16)); a.add(List.of(labels.get(i++), v)); b.add(List.of(v)); }
Files.writeString(dir.resolve("java-written.csv"), TableWriter.toCsv(new Table("t", List.of("label", "value"), a)));
Files.writeString(dir.resolve("java-written-numbers.csv"), TableWriter.toCsv(new Table("t", List.of("value"), b)));
/exit
