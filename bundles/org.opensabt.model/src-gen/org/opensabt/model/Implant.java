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

} // Implant
