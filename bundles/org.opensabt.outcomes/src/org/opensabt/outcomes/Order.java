package org.opensabt.outcomes;

/** Index sorting on primitive keys (no boxing: the survival code sorts 100 000 subjects per model). */
final class Order {

    private Order() {
    }

    /** Indices that put {@code key} in ascending order; equal keys keep their index order. */
    static int[] ascending(double[] key) {
        int n = key.length;
        double[] distinct = key.clone();
        java.util.Arrays.sort(distinct);
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = java.util.Arrays.binarySearch(distinct, key[i]);
            packed[i] = rank << 32 | i;
        }
        java.util.Arrays.sort(packed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    /** Sorted distinct values. */
    static double[] distinct(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, m);
    }
}
