package dev.rollsafe.source;

/** Recognises one layout in a folder and plans its sets in the framework's order. */
interface LayoutFinder {
    /**
     * Plans the sets of {@code dir}.
     *
     * @param forced true when the user configured this layout: plan whatever matches, without looking for signs
     * @return the sets, or null when the folder is not in this layout (or holds nothing for it)
     */
    Found find(Dir dir, Scan scan, boolean forced);
}
