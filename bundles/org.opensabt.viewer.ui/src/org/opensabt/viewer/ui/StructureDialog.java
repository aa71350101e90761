package org.opensabt.viewer.ui;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opensabt.contour.ContourException;
import org.opensabt.contour.StructureEdits;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;

/**
 * Name, type and colour of a new structure or of one being edited. The colour is chosen with the
 * system's colour dialog or typed as #RRGGBB; a name the case has already is refused in the dialog (OK
 * stays disabled and the message says why).
 */
final class StructureDialog extends Dialog {

    /** What the dialog returns. */
    record Values(String name, RoiType type, int[] colorRgb) {
    }

    private final String title;
    private final PatientCase patientCase;
    private final Structure edited;
    private Values values;
    private Text name;
    private Combo type;
    private Text hex;
    private Button colourButton;
    private Label message;
    private Image swatch;
    private RGB colour;

    /** @param edited the structure being edited, or null for a new one */
    StructureDialog(Shell parent, String title, PatientCase patientCase, Structure edited, Values initial) {
        super(parent);
        this.title = title;
        this.patientCase = patientCase;
        this.edited = edited;
        this.values = initial;
        this.colour = new RGB(initial.colorRgb()[0], initial.colorRgb()[1], initial.colorRgb()[2]);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("Name");
        name = new Text(area, SWT.BORDER);
        name.setText(values.name());
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        wide.widthHint = 220;
        name.setLayoutData(wide);
        new Label(area, SWT.NONE).setText("Type");
        type = new Combo(area, SWT.READ_ONLY);
        for (RoiType t : RoiType.values()) {
            type.add(t.getLiteral());
        }
        type.select(values.type().ordinal());
        type.setToolTipText("RT ROI Interpreted Type; bone for needle avoidance is AVOID");
        type.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("Colour");
        colourButton = new Button(area, SWT.PUSH);
        colourButton.setText("Choose…");
        colourButton.addListener(SWT.Selection, e -> {
            ColorDialog d = new ColorDialog(getShell());
            d.setRGB(colour);
            RGB chosen = d.open();
            if (chosen != null) {
                setColour(chosen);
            }
        });
        hex = new Text(area, SWT.BORDER);
        hex.setToolTipText("#RRGGBB");
        hex.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        setColour(colour);
        name.addListener(SWT.Modify, e -> validate());
        hex.addListener(SWT.Modify, e -> {
            RGB parsed = parse(hex.getText());
            if (parsed != null && !parsed.equals(colour)) {
                colour = parsed;
                showSwatch();
            }
            validate();
        });
        type.addListener(SWT.Selection, e -> validate());
        getShell().addListener(SWT.Dispose, e -> disposeSwatch());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void setColour(RGB rgb) {
        colour = rgb;
        hex.setText(String.format(Locale.ROOT, "#%02X%02X%02X", rgb.red, rgb.green, rgb.blue));
        showSwatch();
    }

    private void showSwatch() {
        disposeSwatch();
        swatch = StructureLegend.swatch(getShell().getDisplay(), colour, false);
        colourButton.setImage(swatch);
    }

    private void disposeSwatch() {
        if (swatch != null && !swatch.isDisposed()) {
            swatch.dispose();
        }
    }

    static RGB parse(String text) {
        String t = text.strip();
        if (!t.matches("#?[0-9a-fA-F]{6}")) {
            return null;
        }
        int v = Integer.parseInt(t.startsWith("#") ? t.substring(1) : t, 16);
        return new RGB(v >> 16 & 255, v >> 8 & 255, v & 255);
    }

    private void validate() {
        String problem = null;
        try {
            StructureEdits.checkName(patientCase, name.getText(), edited);
        } catch (ContourException e) {
            problem = ContourTools.message(e);
        }
        if (problem == null && parse(hex.getText()) == null) {
            problem = "Colour: type #RRGGBB (six hexadecimal digits) or choose one";
        }
        message.setText(problem == null ? "" : problem);
        message.getParent().layout();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        values = new Values(name.getText().strip(), RoiType.values()[type.getSelectionIndex()], new int[] { colour.red, colour.green, colour.blue });
        super.okPressed();
    }

    /** The values after OK. */
    Values values() {
        return values;
    }
}
