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
 *   <li>{@link org.opensabt.model.Implant#getImplantDate <em>Implant Date</em>}</li>
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
