/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.opensabt.model.ModelPackage;
import org.opensabt.model.SourceModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.SourceModelImpl#getModelId <em>Model Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SourceModelImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SourceModelImpl#getRadionuclide <em>Radionuclide</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SourceModelImpl#getHalfLifeDays <em>Half Life Days</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SourceModelImpl#getDoseRateConstantCGyPerHourPerU <em>Dose Rate Constant CGy Per Hour Per U</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceModelImpl extends MinimalEObjectImpl.Container implements SourceModel {
	/**
	 * The default value of the '{@link #getModelId() <em>Model Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelId()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelId() <em>Model Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelId()
	 * @generated
	 * @ordered
	 */
	protected String modelId = MODEL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadionuclide() <em>Radionuclide</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadionuclide()
	 * @generated
	 * @ordered
	 */
	protected static final String RADIONUCLIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRadionuclide() <em>Radionuclide</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadionuclide()
	 * @generated
	 * @ordered
	 */
	protected String radionuclide = RADIONUCLIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHalfLifeDays() <em>Half Life Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHalfLifeDays()
	 * @generated
	 * @ordered
	 */
	protected static final double HALF_LIFE_DAYS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHalfLifeDays() <em>Half Life Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHalfLifeDays()
	 * @generated
	 * @ordered
	 */
	protected double halfLifeDays = HALF_LIFE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseRateConstantCGyPerHourPerU() <em>Dose Rate Constant CGy Per Hour Per U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseRateConstantCGyPerHourPerU()
	 * @generated
	 * @ordered
	 */
	protected static final double DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDoseRateConstantCGyPerHourPerU() <em>Dose Rate Constant CGy Per Hour Per U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseRateConstantCGyPerHourPerU()
	 * @generated
	 * @ordered
	 */
	protected double doseRateConstantCGyPerHourPerU = DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SOURCE_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelId() {
		return modelId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelId(String newModelId) {
		String oldModelId = modelId;
		modelId = newModelId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SOURCE_MODEL__MODEL_ID, oldModelId, modelId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer) {
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SOURCE_MODEL__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRadionuclide() {
		return radionuclide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadionuclide(String newRadionuclide) {
		String oldRadionuclide = radionuclide;
		radionuclide = newRadionuclide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SOURCE_MODEL__RADIONUCLIDE, oldRadionuclide, radionuclide));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHalfLifeDays() {
		return halfLifeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHalfLifeDays(double newHalfLifeDays) {
		double oldHalfLifeDays = halfLifeDays;
		halfLifeDays = newHalfLifeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SOURCE_MODEL__HALF_LIFE_DAYS, oldHalfLifeDays, halfLifeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDoseRateConstantCGyPerHourPerU() {
		return doseRateConstantCGyPerHourPerU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseRateConstantCGyPerHourPerU(double newDoseRateConstantCGyPerHourPerU) {
		double oldDoseRateConstantCGyPerHourPerU = doseRateConstantCGyPerHourPerU;
		doseRateConstantCGyPerHourPerU = newDoseRateConstantCGyPerHourPerU;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U, oldDoseRateConstantCGyPerHourPerU, doseRateConstantCGyPerHourPerU));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SOURCE_MODEL__MODEL_ID:
				return getModelId();
			case ModelPackage.SOURCE_MODEL__MANUFACTURER:
				return getManufacturer();
			case ModelPackage.SOURCE_MODEL__RADIONUCLIDE:
				return getRadionuclide();
			case ModelPackage.SOURCE_MODEL__HALF_LIFE_DAYS:
				return getHalfLifeDays();
			case ModelPackage.SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U:
				return getDoseRateConstantCGyPerHourPerU();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.SOURCE_MODEL__MODEL_ID:
				setModelId((String)newValue);
				return;
			case ModelPackage.SOURCE_MODEL__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case ModelPackage.SOURCE_MODEL__RADIONUCLIDE:
				setRadionuclide((String)newValue);
				return;
			case ModelPackage.SOURCE_MODEL__HALF_LIFE_DAYS:
				setHalfLifeDays((Double)newValue);
				return;
			case ModelPackage.SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U:
				setDoseRateConstantCGyPerHourPerU((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.SOURCE_MODEL__MODEL_ID:
				setModelId(MODEL_ID_EDEFAULT);
				return;
			case ModelPackage.SOURCE_MODEL__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case ModelPackage.SOURCE_MODEL__RADIONUCLIDE:
				setRadionuclide(RADIONUCLIDE_EDEFAULT);
				return;
			case ModelPackage.SOURCE_MODEL__HALF_LIFE_DAYS:
				setHalfLifeDays(HALF_LIFE_DAYS_EDEFAULT);
				return;
			case ModelPackage.SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U:
				setDoseRateConstantCGyPerHourPerU(DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.SOURCE_MODEL__MODEL_ID:
				return MODEL_ID_EDEFAULT == null ? modelId != null : !MODEL_ID_EDEFAULT.equals(modelId);
			case ModelPackage.SOURCE_MODEL__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case ModelPackage.SOURCE_MODEL__RADIONUCLIDE:
				return RADIONUCLIDE_EDEFAULT == null ? radionuclide != null : !RADIONUCLIDE_EDEFAULT.equals(radionuclide);
			case ModelPackage.SOURCE_MODEL__HALF_LIFE_DAYS:
				return halfLifeDays != HALF_LIFE_DAYS_EDEFAULT;
			case ModelPackage.SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U:
				return doseRateConstantCGyPerHourPerU != DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (modelId: ");
		result.append(modelId);
		result.append(", manufacturer: ");
		result.append(manufacturer);
		result.append(", radionuclide: ");
		result.append(radionuclide);
		result.append(", halfLifeDays: ");
		result.append(halfLifeDays);
		result.append(", doseRateConstantCGyPerHourPerU: ");
		result.append(doseRateConstantCGyPerHourPerU);
		result.append(')');
		return result.toString();
	}

} //SourceModelImpl
