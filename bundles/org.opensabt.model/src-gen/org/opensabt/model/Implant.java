/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Implant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What was actually implanted, from the post-implant CT.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Implant#getImplantId <em>Implant Id</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getImplantDate <em>Implant Date</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getPostToPlanningTransform <em>Post To Planning Transform</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getRegistration <em>Registration</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getPostImplantSeries <em>Post Implant Series</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getDoseGrid <em>Dose Grid</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getSeedsExpected <em>Seeds Expected</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getRegistrationResidualMm <em>Registration Residual Mm</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getOtherMetal <em>Other Metal</em>}</li>
 *   <li>{@link org.opensabt.model.Implant#getEdits <em>Edits</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getImplant()
 * @model
 * @generated
 */
public interface Implant extends EObject {
	/**
	 * Returns the value of the '<em><b>Implant Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the implant evaluation within the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implant Id</em>' attribute.
	 * @see #setImplantId(String)
	 * @see org.opensabt.model.ModelPackage#getImplant_ImplantId()
	 * @model
	 * @generated
	 */
	String getImplantId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getImplantId <em>Implant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implant Id</em>' attribute.
	 * @see #getImplantId()
	 * @generated
	 */
	void setImplantId(String value);

	/**
	 * Returns the value of the '<em><b>Implant Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implant Date</em>' attribute.
	 * @see #setImplantDate(XMLGregorianCalendar)
	 * @see org.opensabt.model.ModelPackage#getImplant_ImplantDate()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.Date"
	 * @generated
	 */
	XMLGregorianCalendar getImplantDate();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getImplantDate <em>Implant Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implant Date</em>' attribute.
	 * @see #getImplantDate()
	 * @generated
	 */
	void setImplantDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Post To Planning Transform</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rigid transform from the post-implant CT frame to the planning frame: 12 values, the rows of [R | t] (patient LPS mm); empty when both share a frame of reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post To Planning Transform</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImplant_PostToPlanningTransform()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPostToPlanningTransform();

	/**
	 * Returns the value of the '<em><b>Registration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the frames were related: same frame of reference, transform file or landmarks (with the residual).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration</em>' attribute.
	 * @see #setRegistration(String)
	 * @see org.opensabt.model.ModelPackage#getImplant_Registration()
	 * @model
	 * @generated
	 */
	String getRegistration();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getRegistration <em>Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration</em>' attribute.
	 * @see #getRegistration()
	 * @generated
	 */
	void setRegistration(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pre-plan this implant followed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(Plan)
	 * @see org.opensabt.model.ModelPackage#getImplant_Plan()
	 * @model
	 * @generated
	 */
	Plan getPlan();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Post Implant Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Implant Series</em>' reference.
	 * @see #setPostImplantSeries(ImageSeries)
	 * @see org.opensabt.model.ModelPackage#getImplant_PostImplantSeries()
	 * @model
	 * @generated
	 */
	ImageSeries getPostImplantSeries();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getPostImplantSeries <em>Post Implant Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Implant Series</em>' reference.
	 * @see #getPostImplantSeries()
	 * @generated
	 */
	void setPostImplantSeries(ImageSeries value);

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Seed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seeds</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getImplant_Seeds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Seed> getSeeds();

	/**
	 * Returns the value of the '<em><b>Dose Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Grid</em>' containment reference.
	 * @see #setDoseGrid(DoseGrid)
	 * @see org.opensabt.model.ModelPackage#getImplant_DoseGrid()
	 * @model containment="true"
	 * @generated
	 */
	DoseGrid getDoseGrid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getDoseGrid <em>Dose Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Grid</em>' containment reference.
	 * @see #getDoseGrid()
	 * @generated
	 */
	void setDoseGrid(DoseGrid value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.DoseMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getImplant_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<DoseMetric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Seeds Expected</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seeds the detection was told to expect (a hint, never a quota: the plan's count or the user's); -1 when not recorded (seeds not detected on a CT, or an implant stored before schema 1.5): then otherMetal, edits and the seeds' axisAssumed say nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds Expected</em>' attribute.
	 * @see #setSeedsExpected(int)
	 * @see org.opensabt.model.ModelPackage#getImplant_SeedsExpected()
	 * @model default="-1"
	 * @generated
	 */
	int getSeedsExpected();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getSeedsExpected <em>Seeds Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seeds Expected</em>' attribute.
	 * @see #getSeedsExpected()
	 * @generated
	 */
	void setSeedsExpected(int value);

	/**
	 * Returns the value of the '<em><b>Registration Residual Mm</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quality of the frames' relation: RMS residual (mm) of the automatic bone registration or the landmark fit; 0 for the same frame of reference; NaN when not recorded (a transform file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration Residual Mm</em>' attribute.
	 * @see #setRegistrationResidualMm(double)
	 * @see org.opensabt.model.ModelPackage#getImplant_RegistrationResidualMm()
	 * @model default="-1"
	 * @generated
	 */
	double getRegistrationResidualMm();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Implant#getRegistrationResidualMm <em>Registration Residual Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration Residual Mm</em>' attribute.
	 * @see #getRegistrationResidualMm()
	 * @generated
	 */
	void setRegistrationResidualMm(double value);

	/**
	 * Returns the value of the '<em><b>Other Metal</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.MetalObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal on the post-implant CT not taken for seeds (clips, wires, needles left in, markers, calcifications).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Metal</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getImplant_OtherMetal()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetalObject> getOtherMetal();

	/**
	 * Returns the value of the '<em><b>Edits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user's corrections of the detected seeds as done, one line each (added, moved, deleted; post-implant CT frame, mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edits</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImplant_Edits()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEdits();

} // Implant
