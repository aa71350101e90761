package org.opensabt.viewer;

/**
 * The three orthogonal views of a CT volume, in radiological convention: axial seen from the feet
 * (patient left on the image right), coronal seen from the front and sagittal seen from the patient's
 * left, superior up. For an axial CT (row direction +x, column +y) image u runs along +x (axial,
 * coronal) or +y (sagittal), and v along +y (axial) or −z (coronal, sagittal).
 */
public enum Orientation {
    AXIAL("Axial", "R", "L", "A", "P"),
    CORONAL("Coronal", "R", "L", "S", "I"),
    SAGITTAL("Sagittal", "A", "P", "S", "I");

    private final String label;
    private final String left;
    private final String right;
    private final String top;
    private final String bottom;

    Orientation(String label, String left, String right, String top, String bottom) {
        this.label = label;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    public String label() {
        return label;
    }

    /** Orientation letters at the image's left, right, top and bottom edges. */
    public String[] edgeLetters() {
        return new String[] { left, right, top, bottom };
    }
}
