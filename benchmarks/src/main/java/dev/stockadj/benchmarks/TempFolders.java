package dev.stockadj.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Removes a benchmark's temporary folder and everything in it (a SQLite journal and its side files). */
final class TempFolders {
    private TempFolders() {
    }

    static void delete(Path folder) throws IOException {
        List<Path> paths;
        try (var walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
