/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guide Hole</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One needle guide hole through the template.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.GuideHole#getHoleId <em>Hole Id</em>}</li>
 *   <li>{@link org.opensabt.model.GuideHole#getCenterMm <em>Center Mm</em>}</li>
 *   <li>{@link org.opensabt.model.GuideHole#getDirectionUnit <em>Direction Unit</em>}</li>
 *   <li>{@link org.opensabt.model.GuideHole#getDiameterMm <em>Diameter Mm</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getGuideHole()
 * @model
 * @generated
 */
public interface GuideHole extends EObject {
	/**
	 * Returns the value of the '<em><b>Hole Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hole Id</em>' attribute.
	 * @see #setHoleId(String)
	 * @see org.opensabt.model.ModelPackage#getGuideHole_HoleId()
	 * @model required="true"
	 * @generated
	 */
	String getHoleId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.GuideHole#getHoleId <em>Hole Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hole Id</em>' attribute.
	 * @see #getHoleId()
	 * @generated
	 */
	void setHoleId(String value);

	/**
	 * Returns the value of the '<em><b>Center Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hole centre on the skin side: three values, x y z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getGuideHole_CenterMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getCenterMm();

	/**
	 * Returns the value of the '<em><b>Direction Unit</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction Unit</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getGuideHole_DirectionUnit()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getDirectionUnit();

	/**
	 * Returns the value of the '<em><b>Diameter Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diameter Mm</em>' attribute.
	 * @see #setDiameterMm(double)
	 * @see org.opensabt.model.ModelPackage#getGuideHole_DiameterMm()
	 * @model
	 * @generated
	 */
	double getDiameterMm();

	/**
	 * Sets the value of the '{@link org.opensabt.model.GuideHole#getDiameterMm <em>Diameter Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diameter Mm</em>' attribute.
	 * @see #getDiameterMm()
	 * @generated
	 */
	void setDiameterMm(double value);

} // GuideHole
