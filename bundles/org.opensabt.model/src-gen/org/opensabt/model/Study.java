/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A DICOM study: image series and structure sets that share a Study Instance UID.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Study#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.opensabt.model.Study#getStudyDate <em>Study Date</em>}</li>
 *   <li>{@link org.opensabt.model.Study#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opensabt.model.Study#getSeries <em>Series</em>}</li>
 *   <li>{@link org.opensabt.model.Study#getStructureSets <em>Structure Sets</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #setStudyInstanceUid(String)
	 * @see org.opensabt.model.ModelPackage#getStudy_StudyInstanceUid()
	 * @model required="true"
	 * @generated
	 */
	String getStudyInstanceUid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Study#getStudyInstanceUid <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #getStudyInstanceUid()
	 * @generated
	 */
	void setStudyInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Study Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study Date</em>' attribute.
	 * @see #setStudyDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getStudy_StudyDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getStudyDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Study#getStudyDate <em>Study Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Date</em>' attribute.
	 * @see #getStudyDate()
	 * @generated
	 */
	void setStudyDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.opensabt.model.ModelPackage#getStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Study#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.ImageSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getStudy_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageSeries> getSeries();

	/**
	 * Returns the value of the '<em><b>Structure Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.StructureSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structure Sets</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getStudy_StructureSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<StructureSet> getStructureSets();

} // Study
