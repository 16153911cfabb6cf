package dev.coexist.importer.process;

import dev.coexist.importer.format.Checksum;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one import does.
 *
 * @param kind fill from a source, or create a blank disk
 * @param contentType a disk image (→ disk.img) or an archive (→ files)
 * @param target the disk.img path ({@link ContentType#KUBEVIRT}) or the target directory ({@link
 *     ContentType#ARCHIVE})
 * @param scratchDir where non-raw images are downloaded before conversion
 * @param usableSize the size disk.img is grown to (already net of filesystem overhead); required
 *     for a blank disk
 * @param checksum the digest the downloaded bytes must have
 * @param attempts download attempts before giving up
 */
public record ImportJob(
    Kind kind,
    ContentType contentType,
    Path target,
    Path scratchDir,
    OptionalLong usableSize,
    Optional<Checksum> checksum,
    int attempts) {

  /** Fill from a source, or blank. */
  public enum Kind {
    SOURCE,
    BLANK
  }

  /** CDI's contentType. */
  public enum ContentType {
    KUBEVIRT,
    ARCHIVE
  }
}
