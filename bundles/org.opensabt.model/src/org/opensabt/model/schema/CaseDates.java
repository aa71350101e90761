package org.opensabt.model.schema;

import java.time.LocalDate;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;

/**
 * Calendar dates of the model (xs:date, e.g. {@code 2024-02-01}). Use these instead of the JDK's
 * DatatypeFactory: EMF's own calendar implementation is what loading produces, and the JDK's
 * implementation cannot be compared with it.
 */
public final class CaseDates {

    private CaseDates() {
    }

    public static XMLGregorianCalendar of(LocalDate date) {
        return date == null ? null : (XMLGregorianCalendar) XMLTypeFactory.eINSTANCE.createDate(date.toString());
    }

    /** Parses an ISO-8601 calendar date (yyyy-mm-dd); throws DateTimeParseException naming the text. */
    public static XMLGregorianCalendar parse(String isoDate) {
        return of(LocalDate.parse(isoDate));
    }

    public static LocalDate toLocalDate(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }
}
