package org.opensabt.pacs.pixelmed;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.opensabt.pacs.PacsException;
import org.opensabt.pacs.PacsException.Reason;
import org.opensabt.pacs.PacsNetwork;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.DicomOutputStream;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.StoredFilePathStrategy;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.network.AReleaseException;
import com.pixelmed.network.Association;
import com.pixelmed.network.AssociationFactory;
import com.pixelmed.network.CMoveRequestCommandMessage;
import com.pixelmed.network.CStoreRequestCommandMessage;
import com.pixelmed.network.CompositeResponseHandler;
import com.pixelmed.network.DicomNetworkException;
import com.pixelmed.network.FindSOPClassSCU;
import com.pixelmed.network.GetSOPClassSCU;
import com.pixelmed.network.IdentifierHandler;
import com.pixelmed.network.MoveSOPClassSCU;
import com.pixelmed.network.PresentationContext;
import com.pixelmed.network.ReceivedObjectHandler;
import com.pixelmed.network.VerificationSOPClassSCU;

/**
 * The {@link PacsNetwork} on PixelMed's network classes (Debian {@code libpixelmed-java}): VerificationSOPClassSCU,
 * FindSOPClassSCU and GetSOPClassSCU; C-MOVE and C-STORE on PixelMed's {@link Association} so that the sub-operation
 * counts and each instance's DIMSE status are known (MoveSOPClassSCU and StorageSOPClassSCU do not pass them on). Registered with Declarative
 * Services under the id {@value #ID}.
 */
public final class PixelMedNetwork implements PacsNetwork {

    public static final String ID = "pixelmed";

    static {
        // PixelMed's network classes log every association and PDU on stderr (its simple logger defaults to info); what
        // matters reaches the caller as an exception. Errors only, unless the user set a level for the class.
        for (String c : List.of("Association", "AssociationInitiator", "AssociationFactory", "AssociationOutputStream", "CompositeResponseHandler",
                "FindSOPClassSCU", "GetSOPClassSCU", "MoveSOPClassSCU", "VerificationSOPClassSCU", "StorageSOPClassSCU", "ReceivedDataHandler",
                "PresentationContextListFactory", "PDataPDU")) {
            String key = "org.slf4j.simpleLogger.log.com.pixelmed.network." + c;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error"); // its lowest: the shim has no "off"
            }
        }
    }

    /**
     * Storage SOP classes offered for C-GET (SCP role, PS3.4 C.4.3): the images and RT objects a brachytherapy case uses
     * and what else a planning study commonly holds (reports, registrations, segmentations), so that a study retrieves
     * whole; two presentation contexts each stay well below the 128 an association may propose.
     */
    static final Set<String> GET_STORAGE_CLASSES = Set.of(SOPClass.CTImageStorage, SOPClass.EnhancedCTImageStorage, SOPClass.MRImageStorage,
            SOPClass.EnhancedMRImageStorage, SOPClass.PETImageStorage, SOPClass.UltrasoundImageStorage, SOPClass.ComputedRadiographyImageStorage,
            SOPClass.DigitalXRayImageStorageForPresentation, SOPClass.SecondaryCaptureImageStorage, SOPClass.RTImageStorage,
            SOPClass.RTStructureSetStorage, SOPClass.RTPlanStorage, SOPClass.RTIonPlanStorage, SOPClass.RTDoseStorage,
            SOPClass.RTBrachyTreatmentRecordStorage, SOPClass.RTBeamsTreatmentRecordStorage, SOPClass.RTTreatmentSummaryRecordStorage,
            SOPClass.SegmentationStorage, SOPClass.SpatialRegistrationStorage, SOPClass.DeformableSpatialRegistrationStorage, SOPClass.BasicTextSRStorage,
            SOPClass.EnhancedSRStorage, SOPClass.ComprehensiveSRStorage, SOPClass.KeyObjectSelectionDocumentStorage, SOPClass.EncapsulatedPDFStorage);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void echo(Peer peer) throws PacsException {
        try {
            new VerificationSOPClassSCU(peer.host(), peer.port(), peer.calledAe(), peer.callingAe(), false);
        } catch (DicomNetworkException | DicomException | IOException | RuntimeException e) {
            throw translate("C-ECHO", e);
        }
    }

    @Override
    public void find(Peer peer, String level, Map<String, String> keys, Consumer<Map<String, String>> match) throws PacsException {
        AttributeList identifier = identifier(level, keys);
        IdentifierHandler handler = new IdentifierHandler() {
            @Override
            public void doSomethingWithIdentifier(AttributeList list) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String keyword : keys.keySet()) {
                    AttributeTag tag = DicomDictionary.StandardDictionary.getTagFromName(keyword);
                    m.put(keyword, Attribute.getDelimitedStringValuesOrEmptyString(list, tag).strip());
                }
                match.accept(m);
            }
        };
        try {
            new FindSOPClassSCU(peer.host(), peer.port(), peer.calledAe(), peer.callingAe(), SOPClass.StudyRootQueryRetrieveInformationModelFind,
                    identifier, handler);
        } catch (DicomNetworkException | DicomException | IOException | RuntimeException e) {
            throw translate("C-FIND", e);
        }
    }

    @Override
    public Transfer get(Peer peer, String level, Map<String, String> keys, Path folder, Consumer<Path> received) throws PacsException {
        AttributeList identifier = identifier(level, keys);
        AtomicInteger counter = new AtomicInteger();
        // our names, never the sender's SOP Instance UID
        StoredFilePathStrategy names = new StoredFilePathStrategy() {
            @Override
            public String makeStoredFilePath(String sopInstanceUid) {
                return String.format(Locale.ROOT, "instance-%06d.dcm", counter.incrementAndGet());
            }

            @Override
            public File makeStoredFilePath(File savedImagesFolder, String sopInstanceUid) {
                return new File(savedImagesFolder, makeStoredFilePath(sopInstanceUid));
            }

            @Override
            public File makeReliableStoredFilePathWithFoldersCreated(File savedImagesFolder, String sopInstanceUid) {
                return makeStoredFilePath(savedImagesFolder, sopInstanceUid);
            }
        };
        ReceivedObjectHandler handler = new ReceivedObjectHandler() {
            @Override
            public void sendReceivedObjectIndication(String fileName, String transferSyntax, String callingAe) {
                if (fileName != null) {
                    received.accept(Path.of(fileName));
                }
            }
        };
        try {
            new GetSOPClassSCU(peer.host(), peer.port(), peer.calledAe(), peer.callingAe(), SOPClass.StudyRootQueryRetrieveInformationModelGet, identifier,
                    new IdentifierHandler(), folder.toFile(), names, handler, GET_STORAGE_CLASSES, true, true, false);
            return new Transfer(0, counter.get(), 0, 0);
        } catch (DicomNetworkException e) {
            String message = String.valueOf(e.getMessage());
            int at = message.indexOf("failure status 0x");
            if (at >= 0) {
                // the sub-operation counts are not passed on by GetSOPClassSCU: the facade compares with the count it expected
                return new Transfer(Integer.parseInt(message.substring(at + 17).strip().split("\\s")[0], 16), counter.get(), -1, -1);
            }
            throw translate("C-GET", e);
        } catch (DicomException | IOException | RuntimeException e) {
            throw translate("C-GET", e);
        }
    }

    @Override
    public Transfer move(Peer peer, String level, Map<String, String> keys, String destinationAe) throws PacsException {
        AttributeList identifier = identifier(level, keys);
        String sopClass = SOPClass.StudyRootQueryRetrieveInformationModelMove;
        Association association;
        try {
            association = MoveSOPClassSCU.getSuitableAssociation(peer.host(), peer.port(), peer.calledAe(), peer.callingAe(), sopClass);
        } catch (DicomNetworkException | DicomException | IOException | RuntimeException e) {
            throw translate("C-MOVE", e);
        }
        // as MoveSOPClassSCU.performMove, with a response handler that keeps the sub-operation counts (PS3.7 C.4.2.1.6)
        MoveResponses responses = new MoveResponses();
        try {
            byte context = association.getSuitablePresentationContextID(sopClass);
            association.setReceivedDataHandler(responses);
            association.send(context, new CMoveRequestCommandMessage(sopClass, destinationAe).getBytes(), null);
            association.send(context, null, encode(identifier, association.getTransferSyntaxForPresentationContextID(context)));
            association.waitForPDataPDUsUntilHandlerReportsDone();
            association.release();
        } catch (AReleaseException e) {
            // the PACS released the association: the responses so far say what happened
        } catch (DicomNetworkException | DicomException | IOException | RuntimeException e) {
            try {
                association.abort();
            } catch (DicomNetworkException ignored) {
                // gone anyway
            }
            throw translate("C-MOVE", e);
        }
        return new Transfer(responses.getStatus(), responses.completed, responses.failed, responses.warning);
    }

    /** A data set in a transfer syntax, without meta information (what PixelMed's package-private IdentifierMessage does). */
    private static byte[] encode(AttributeList list, String transferSyntax) throws IOException, DicomException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DicomOutputStream out = new DicomOutputStream(bytes, null, transferSyntax);
        list.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** Keeps the C-MOVE-RSP status and sub-operation counts; done at the first response that is not Pending (0xFF00). */
    private static final class MoveResponses extends CompositeResponseHandler {
        volatile int completed = -1;
        volatile int failed = -1;
        volatile int warning = -1;

        MoveResponses() {
            allowData = true; // a failure response may carry the Failed SOP Instance UID List
        }

        @Override
        protected void evaluateStatusAndSetSuccess(AttributeList list) {
            status = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Status, 0xFFFF);
            completed = count(list, TagFromName.NumberOfCompletedSuboperations);
            failed = count(list, TagFromName.NumberOfFailedSuboperations);
            warning = count(list, TagFromName.NumberOfWarningSuboperations);
            success = status == 0;
            if (status != 0xFF00) {
                setDone(true);
            }
        }
    }

    private static int count(AttributeList list, AttributeTag tag) {
        return list == null || list.get(tag) == null ? -1 : Attribute.getSingleIntegerValueOrDefault(list, tag, -1);
    }

    @Override
    public List<Stored> store(Peer peer, List<Path> files, Consumer<Stored> each) throws PacsException {
        // what each file is, from its meta header
        List<String[]> what = new ArrayList<>();
        Map<String, Set<String>> syntaxesByClass = new LinkedHashMap<>();
        for (Path f : files) {
            AttributeList meta = new AttributeList();
            try (DicomInputStream in = new DicomInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
                meta.read(in, TagFromName.PixelData);
            } catch (DicomException | IOException e) {
                throw new PacsException(Reason.BAD_INPUT, f + ": not a DICOM file: " + e.getMessage(), e);
            }
            String sopClass = Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.SOPClassUID);
            String sopInstance = Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.SOPInstanceUID);
            String ts = Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.TransferSyntaxUID);
            if (sopClass.isEmpty() || sopInstance.isEmpty()) {
                throw new PacsException(Reason.BAD_INPUT, f + ": no SOP Class UID or SOP Instance UID");
            }
            if (ts.isEmpty()) {
                ts = TransferSyntax.ImplicitVRLittleEndian;
            }
            what.add(new String[] { sopClass, sopInstance, ts });
            syntaxesByClass.computeIfAbsent(sopClass, k -> new java.util.LinkedHashSet<>()).add(ts);
        }
        LinkedList<PresentationContext> contexts = new LinkedList<>();
        byte id = 1;
        for (Map.Entry<String, Set<String>> e : syntaxesByClass.entrySet()) {
            Set<String> syntaxes = new java.util.LinkedHashSet<>(e.getValue());
            syntaxes.add(TransferSyntax.ExplicitVRLittleEndian);
            syntaxes.add(TransferSyntax.ImplicitVRLittleEndian);
            for (String ts : syntaxes) { // one context per transfer syntax: the SCP accepts each or not
                contexts.add(new PresentationContext(id, e.getKey(), ts));
                id += 2;
            }
        }
        Association association;
        try {
            association = AssociationFactory.createNewAssociation(peer.host(), peer.port(), peer.calledAe(), peer.callingAe(), contexts, null, false);
        } catch (DicomNetworkException | IOException | RuntimeException e) {
            throw translate("C-STORE", e);
        }
        List<Stored> stored = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                String[] w = what.get(i);
                Stored s = new Stored(files.get(i), w[0], w[1], storeOne(association, files.get(i), w[0], w[1], w[2]));
                stored.add(s);
                each.accept(s);
            }
            association.release();
        } catch (AReleaseException e) {
            throw new PacsException(Reason.FAILED, "C-STORE: the PACS released the association after " + stored.size() + " of " + files.size()
                    + " instance(s)", e);
        } catch (DicomNetworkException | DicomException | IOException | RuntimeException e) {
            try {
                association.abort();
            } catch (DicomNetworkException ignored) {
                // the association is gone anyway
            }
            throw translate("C-STORE", e);
        }
        return stored;
    }

    /** One C-STORE-RQ with its data set; the C-STORE-RSP status (0xA9xx etc. when refused, 0x0122 when no context was accepted). */
    private static int storeOne(Association association, Path file, String sopClass, String sopInstance, String fileTs)
            throws DicomNetworkException, DicomException, IOException, AReleaseException {
        byte context;
        try {
            context = association.getSuitablePresentationContextID(sopClass, fileTs);
        } catch (DicomNetworkException e) {
            try {
                context = association.getSuitablePresentationContextID(sopClass);
            } catch (DicomNetworkException none) {
                return 0x0122; // SOP class not supported: no presentation context accepted
            }
        }
        String outTs = association.getTransferSyntaxForPresentationContextID(context);
        AttributeList dataset = new AttributeList();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); DicomInputStream din = new DicomInputStream(in)) {
            dataset.read(din);
        }
        dataset.removeMetaInformationHeaderAttributes();
        dataset.removeGroupLengthAttributes();
        StatusHandler handler = new StatusHandler();
        association.setReceivedDataHandler(handler);
        association.send(context, new CStoreRequestCommandMessage(sopClass, sopInstance).getBytes(), null);
        try (OutputStream out = association.getAssociationOutputStream(context)) {
            DicomOutputStream dout = new DicomOutputStream(out, null, outTs);
            dataset.write(dout);
            dout.flush();
        }
        association.waitForCommandPDataPDUs();
        return handler.getStatus();
    }

    /** Keeps the C-STORE-RSP status. */
    private static final class StatusHandler extends CompositeResponseHandler {
        @Override
        protected void evaluateStatusAndSetSuccess(AttributeList list) {
            status = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Status, 0xFFFF);
            success = status == 0 || (status & 0xF000) == 0xB000;
            setDone(true);
        }
    }

    /** The query identifier: Query/Retrieve Level and the keys by keyword (PS3.4 C.4.1.1.3). */
    private static AttributeList identifier(String level, Map<String, String> keys) throws PacsException {
        AttributeList list = new AttributeList();
        try {
            Attribute lvl = AttributeFactory.newAttribute(TagFromName.QueryRetrieveLevel);
            lvl.addValue(level);
            list.put(lvl);
            for (Map.Entry<String, String> k : keys.entrySet()) {
                AttributeTag tag = DicomDictionary.StandardDictionary.getTagFromName(k.getKey());
                if (tag == null) {
                    throw new PacsException(Reason.BAD_INPUT, "no DICOM attribute is called " + k.getKey());
                }
                Attribute a = AttributeFactory.newAttribute(tag);
                if (k.getValue() != null && !k.getValue().isEmpty()) {
                    a.addValue(k.getValue());
                }
                list.put(a);
            }
        } catch (DicomException e) {
            throw new PacsException(Reason.BAD_INPUT, "query keys: " + e.getMessage(), e);
        }
        return list;
    }

    /** PixelMed's exceptions as one line with the reason: A-ASSOCIATE-RJ is a rejection, a closed connection a failure. */
    private static PacsException translate(String what, Throwable e) {
        String message = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
        if (message.contains("A-ASSOCIATE-RJ")) {
            return new PacsException(Reason.REJECTED, what + ": association rejected (" + message + ")", e);
        }
        if (message.contains("A-ABORT") || message.contains("A-P-ABORT")) {
            return new PacsException(Reason.FAILED, what + ": association aborted (" + message + ")", e);
        }
        if (message.contains("No presentation context") || message.contains("No suitable presentation context")) {
            return new PacsException(Reason.REJECTED, what + ": the PACS accepted no presentation context for it (" + message + ")", e);
        }
        return new PacsException(Reason.FAILED, what + ": " + e.getClass().getSimpleName() + ": " + message, e);
    }
}
