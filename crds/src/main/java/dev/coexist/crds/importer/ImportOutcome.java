package dev.coexist.crds.importer;

/** How an import ended, as the DataVolume phase it maps to. */
public enum ImportOutcome {
  Succeeded,
  Failed
}
