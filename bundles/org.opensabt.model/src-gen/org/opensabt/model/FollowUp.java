/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One follow-up assessment after the implant.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.FollowUp#getAssessmentDate <em>Assessment Date</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getMonthsSinceImplant <em>Months Since Implant</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getResponse <em>Response</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getResponseDate <em>Response Date</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#isLocalProgression <em>Local Progression</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getLocalProgressionDate <em>Local Progression Date</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#isDeath <em>Death</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getDeathDate <em>Death Date</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getLastContactDate <em>Last Contact Date</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getPainNrsBefore <em>Pain Nrs Before</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getPainNrsAfter <em>Pain Nrs After</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getKpsBefore <em>Kps Before</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getKpsAfter <em>Kps After</em>}</li>
 *   <li>{@link org.opensabt.model.FollowUp#getAdverseEvents <em>Adverse Events</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getFollowUp()
 * @model
 * @generated
 */
public interface FollowUp extends EObject {
	/**
	 * Returns the value of the '<em><b>Assessment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment Date</em>' attribute.
	 * @see #setAssessmentDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_AssessmentDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getAssessmentDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getAssessmentDate <em>Assessment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment Date</em>' attribute.
	 * @see #getAssessmentDate()
	 * @generated
	 */
	void setAssessmentDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Months Since Implant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Months Since Implant</em>' attribute.
	 * @see #setMonthsSinceImplant(double)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_MonthsSinceImplant()
	 * @model
	 * @generated
	 */
	double getMonthsSinceImplant();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getMonthsSinceImplant <em>Months Since Implant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months Since Implant</em>' attribute.
	 * @see #getMonthsSinceImplant()
	 * @generated
	 */
	void setMonthsSinceImplant(double value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * The default value is <code>"NE"</code>.
	 * The literals are from the enumeration {@link org.opensabt.model.RecistResponse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see org.opensabt.model.RecistResponse
	 * @see #setResponse(RecistResponse)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_Response()
	 * @model default="NE"
	 * @generated
	 */
	RecistResponse getResponse();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see org.opensabt.model.RecistResponse
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(RecistResponse value);

	/**
	 * Returns the value of the '<em><b>Response Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response Date</em>' attribute.
	 * @see #setResponseDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_ResponseDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getResponseDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getResponseDate <em>Response Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Date</em>' attribute.
	 * @see #getResponseDate()
	 * @generated
	 */
	void setResponseDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Local Progression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Progression</em>' attribute.
	 * @see #setLocalProgression(boolean)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_LocalProgression()
	 * @model
	 * @generated
	 */
	boolean isLocalProgression();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#isLocalProgression <em>Local Progression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Progression</em>' attribute.
	 * @see #isLocalProgression()
	 * @generated
	 */
	void setLocalProgression(boolean value);

	/**
	 * Returns the value of the '<em><b>Local Progression Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Progression Date</em>' attribute.
	 * @see #setLocalProgressionDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_LocalProgressionDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getLocalProgressionDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getLocalProgressionDate <em>Local Progression Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Progression Date</em>' attribute.
	 * @see #getLocalProgressionDate()
	 * @generated
	 */
	void setLocalProgressionDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Death</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Death</em>' attribute.
	 * @see #setDeath(boolean)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_Death()
	 * @model
	 * @generated
	 */
	boolean isDeath();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#isDeath <em>Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Death</em>' attribute.
	 * @see #isDeath()
	 * @generated
	 */
	void setDeath(boolean value);

	/**
	 * Returns the value of the '<em><b>Death Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Death Date</em>' attribute.
	 * @see #setDeathDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_DeathDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getDeathDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getDeathDate <em>Death Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Death Date</em>' attribute.
	 * @see #getDeathDate()
	 * @generated
	 */
	void setDeathDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Last Contact Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Contact Date</em>' attribute.
	 * @see #setLastContactDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_LastContactDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getLastContactDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getLastContactDate <em>Last Contact Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Contact Date</em>' attribute.
	 * @see #getLastContactDate()
	 * @generated
	 */
	void setLastContactDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Pain Nrs Before</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numeric rating scale 0-10 before the implant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Nrs Before</em>' attribute.
	 * @see #setPainNrsBefore(int)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_PainNrsBefore()
	 * @model default="-1"
	 * @generated
	 */
	int getPainNrsBefore();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getPainNrsBefore <em>Pain Nrs Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain Nrs Before</em>' attribute.
	 * @see #getPainNrsBefore()
	 * @generated
	 */
	void setPainNrsBefore(int value);

	/**
	 * Returns the value of the '<em><b>Pain Nrs After</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numeric rating scale 0-10 at this assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Nrs After</em>' attribute.
	 * @see #setPainNrsAfter(int)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_PainNrsAfter()
	 * @model default="-1"
	 * @generated
	 */
	int getPainNrsAfter();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getPainNrsAfter <em>Pain Nrs After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain Nrs After</em>' attribute.
	 * @see #getPainNrsAfter()
	 * @generated
	 */
	void setPainNrsAfter(int value);

	/**
	 * Returns the value of the '<em><b>Kps Before</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Karnofsky performance status 0-100 before the implant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kps Before</em>' attribute.
	 * @see #setKpsBefore(int)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_KpsBefore()
	 * @model default="-1"
	 * @generated
	 */
	int getKpsBefore();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getKpsBefore <em>Kps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kps Before</em>' attribute.
	 * @see #getKpsBefore()
	 * @generated
	 */
	void setKpsBefore(int value);

	/**
	 * Returns the value of the '<em><b>Kps After</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Karnofsky performance status 0-100 at this assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kps After</em>' attribute.
	 * @see #setKpsAfter(int)
	 * @see org.opensabt.model.ModelPackage#getFollowUp_KpsAfter()
	 * @model default="-1"
	 * @generated
	 */
	int getKpsAfter();

	/**
	 * Sets the value of the '{@link org.opensabt.model.FollowUp#getKpsAfter <em>Kps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kps After</em>' attribute.
	 * @see #getKpsAfter()
	 * @generated
	 */
	void setKpsAfter(int value);

	/**
	 * Returns the value of the '<em><b>Adverse Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.AdverseEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adverse events recorded at this assessment (schema 1.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adverse Events</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getFollowUp_AdverseEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdverseEvent> getAdverseEvents();

} // FollowUp
