/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Needle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A straight needle path from skin entry point to tip (patient LPS mm).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Needle#getNeedleId <em>Needle Id</em>}</li>
 *   <li>{@link org.opensabt.model.Needle#getEntryPointMm <em>Entry Point Mm</em>}</li>
 *   <li>{@link org.opensabt.model.Needle#getTipPointMm <em>Tip Point Mm</em>}</li>
 *   <li>{@link org.opensabt.model.Needle#getDirectionUnit <em>Direction Unit</em>}</li>
 *   <li>{@link org.opensabt.model.Needle#getGuideHoleId <em>Guide Hole Id</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getNeedle()
 * @model
 * @generated
 */
public interface Needle extends EObject {
	/**
	 * Returns the value of the '<em><b>Needle Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needle Id</em>' attribute.
	 * @see #setNeedleId(String)
	 * @see org.opensabt.model.ModelPackage#getNeedle_NeedleId()
	 * @model required="true"
	 * @generated
	 */
	String getNeedleId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Needle#getNeedleId <em>Needle Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needle Id</em>' attribute.
	 * @see #getNeedleId()
	 * @generated
	 */
	void setNeedleId(String value);

	/**
	 * Returns the value of the '<em><b>Entry Point Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skin entry point: three values, x y z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry Point Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getNeedle_EntryPointMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getEntryPointMm();

	/**
	 * Returns the value of the '<em><b>Tip Point Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Needle tip: three values, x y z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tip Point Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getNeedle_TipPointMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getTipPointMm();

	/**
	 * Returns the value of the '<em><b>Direction Unit</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit vector from entry to tip.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction Unit</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getNeedle_DirectionUnit()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getDirectionUnit();

	/**
	 * Returns the value of the '<em><b>Guide Hole Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Template guide hole this needle passes through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guide Hole Id</em>' attribute.
	 * @see #setGuideHoleId(String)
	 * @see org.opensabt.model.ModelPackage#getNeedle_GuideHoleId()
	 * @model
	 * @generated
	 */
	String getGuideHoleId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Needle#getGuideHoleId <em>Guide Hole Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guide Hole Id</em>' attribute.
	 * @see #getGuideHoleId()
	 * @generated
	 */
	void setGuideHoleId(String value);

} // Needle
