/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Demographics as imported (DICOM Patient module) or entered.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Patient#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.opensabt.model.Patient#getName <em>Name</em>}</li>
 *   <li>{@link org.opensabt.model.Patient#getSex <em>Sex</em>}</li>
 *   <li>{@link org.opensabt.model.Patient#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.opensabt.model.Patient#getCentre <em>Centre</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getPatient()
 * @model
 * @generated
 */
public interface Patient extends EObject {
	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM Patient ID (0010,0020).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.opensabt.model.ModelPackage#getPatient_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Patient#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM Patient Name (0010,0010), PN encoding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opensabt.model.ModelPackage#getPatient_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Patient#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The default value is <code>"U"</code>.
	 * The literals are from the enumeration {@link org.opensabt.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.opensabt.model.Sex
	 * @see #setSex(Sex)
	 * @see org.opensabt.model.ModelPackage#getPatient_Sex()
	 * @model default="U"
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Patient#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.opensabt.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Birth date (0010,0030).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getPatient_BirthDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getBirthDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Patient#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Centre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Treating centre, for multi-centre cohorts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Centre</em>' attribute.
	 * @see #setCentre(String)
	 * @see org.opensabt.model.ModelPackage#getPatient_Centre()
	 * @model
	 * @generated
	 */
	String getCentre();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Patient#getCentre <em>Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Centre</em>' attribute.
	 * @see #getCentre()
	 * @generated
	 */
	void setCentre(String value);

} // Patient
