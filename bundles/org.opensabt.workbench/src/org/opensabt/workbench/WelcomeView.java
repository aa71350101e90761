package org.opensabt.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.viewer.ui.CaseSession;

/**
 * Shown while no case is open (over the slice views): Open case…, Import DICOM… (the DICOM view), Open the
 * demo case (when ./opensabt demo has made it, see {@link OpenCase#demoCase()}) and the recent cases. Hidden
 * once a case is open.
 */
public final class WelcomeView extends ViewPart {

    public static final String ID = "org.opensabt.workbench.welcomeView";

    private Composite content;
    private Font heading;

    @Override
    public void createPartControl(Composite parent) {
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        Label title = new Label(content, SWT.NONE);
        title.setText("No case open");
        FontData[] data = title.getFont().getFontData();
        for (FontData d : data) {
            d.setHeight(d.getHeight() * 3 / 2);
            d.setStyle(SWT.BOLD);
        }
        heading = new Font(parent.getDisplay(), data);
        title.setFont(heading);
        new Label(content, SWT.WRAP).setText("Open a case folder, import a CT from DICOM into a new case, or open a case from the case explorer.");
        Button open = button("Open case\u2026");
        open.addListener(SWT.Selection, e -> OpenCase.choose(getSite().getShell()));
        Button importDicom = button("Import DICOM\u2026");
        importDicom.addListener(SWT.Selection, e -> OpenCase.showDicomView(getSite().getWorkbenchWindow()));
        Button demo = button("Open the demo case");
        Path demoCase = OpenCase.demoCase();
        demo.setEnabled(demoCase != null);
        demo.setToolTipText(demoCase != null ? demoCase.toString() : "No demo case yet: ./opensabt demo makes it in out/demo/sts-001");
        demo.addListener(SWT.Selection, e -> {
            Path d = OpenCase.demoCase();
            if (d != null) {
                OpenCase.open(d);
            }
        });
        if (demoCase == null) {
            new Label(content, SWT.WRAP).setText("(no demo case: `./opensabt demo` writes one into out/demo/sts-001)");
        }
        var recent = RecentCases.list();
        if (!recent.isEmpty()) {
            new Label(content, SWT.NONE).setText("Recent cases:");
            for (Path folder : recent) {
                Button b = button(folder.getFileName() + "   " + folder);
                b.setEnabled(Files.isDirectory(folder));
                b.addListener(SWT.Selection, e -> OpenCase.open(folder));
            }
        }
    }

    private Button button(String text) {
        Button b = new Button(content, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        return b;
    }

    /** Shows the welcome view while no case is open and hides it when one is. */
    static void showOrHide(IWorkbenchWindow window, CaseSession session) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        IViewPart shown = page.findView(ID);
        if (session.patientCase() == null && shown == null) {
            try {
                page.showView(ID);
            } catch (PartInitException e) {
                // not in this perspective's views: nothing to show
            }
        } else if (session.patientCase() != null && shown != null) {
            page.hideView(shown);
        }
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }

    @Override
    public void dispose() {
        if (heading != null) {
            heading.dispose();
        }
        super.dispose();
    }
}
