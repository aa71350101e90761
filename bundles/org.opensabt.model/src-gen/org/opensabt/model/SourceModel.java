/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An interstitial seed source model characterised per AAPM TG-43 (data live in the dose engine's source library).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.SourceModel#getModelId <em>Model Id</em>}</li>
 *   <li>{@link org.opensabt.model.SourceModel#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.opensabt.model.SourceModel#getRadionuclide <em>Radionuclide</em>}</li>
 *   <li>{@link org.opensabt.model.SourceModel#getHalfLifeDays <em>Half Life Days</em>}</li>
 *   <li>{@link org.opensabt.model.SourceModel#getDoseRateConstantCGyPerHourPerU <em>Dose Rate Constant CGy Per Hour Per U</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getSourceModel()
 * @model
 * @generated
 */
public interface SourceModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Model Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source library key, e.g. I125-6711.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Id</em>' attribute.
	 * @see #setModelId(String)
	 * @see org.opensabt.model.ModelPackage#getSourceModel_ModelId()
	 * @model required="true"
	 * @generated
	 */
	String getModelId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.SourceModel#getModelId <em>Model Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Id</em>' attribute.
	 * @see #getModelId()
	 * @generated
	 */
	void setModelId(String value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see org.opensabt.model.ModelPackage#getSourceModel_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link org.opensabt.model.SourceModel#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Radionuclide</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. I-125.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radionuclide</em>' attribute.
	 * @see #setRadionuclide(String)
	 * @see org.opensabt.model.ModelPackage#getSourceModel_Radionuclide()
	 * @model
	 * @generated
	 */
	String getRadionuclide();

	/**
	 * Sets the value of the '{@link org.opensabt.model.SourceModel#getRadionuclide <em>Radionuclide</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radionuclide</em>' attribute.
	 * @see #getRadionuclide()
	 * @generated
	 */
	void setRadionuclide(String value);

	/**
	 * Returns the value of the '<em><b>Half Life Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Half Life Days</em>' attribute.
	 * @see #setHalfLifeDays(double)
	 * @see org.opensabt.model.ModelPackage#getSourceModel_HalfLifeDays()
	 * @model
	 * @generated
	 */
	double getHalfLifeDays();

	/**
	 * Sets the value of the '{@link org.opensabt.model.SourceModel#getHalfLifeDays <em>Half Life Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Half Life Days</em>' attribute.
	 * @see #getHalfLifeDays()
	 * @generated
	 */
	void setHalfLifeDays(double value);

	/**
	 * Returns the value of the '<em><b>Dose Rate Constant CGy Per Hour Per U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TG-43 dose-rate constant Lambda in cGy h^-1 U^-1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Rate Constant CGy Per Hour Per U</em>' attribute.
	 * @see #setDoseRateConstantCGyPerHourPerU(double)
	 * @see org.opensabt.model.ModelPackage#getSourceModel_DoseRateConstantCGyPerHourPerU()
	 * @model
	 * @generated
	 */
	double getDoseRateConstantCGyPerHourPerU();

	/**
	 * Sets the value of the '{@link org.opensabt.model.SourceModel#getDoseRateConstantCGyPerHourPerU <em>Dose Rate Constant CGy Per Hour Per U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Rate Constant CGy Per Hour Per U</em>' attribute.
	 * @see #getDoseRateConstantCGyPerHourPerU()
	 * @generated
	 */
	void setDoseRateConstantCGyPerHourPerU(double value);

} // SourceModel
