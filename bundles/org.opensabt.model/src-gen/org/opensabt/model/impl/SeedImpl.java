/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.ModelPackage;
import org.opensabt.model.Needle;
import org.opensabt.model.Seed;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Seed</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getSeedId <em>Seed Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getPositionMm <em>Position Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getDirectionUnit <em>Direction Unit</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getAirKermaStrengthU <em>Air Kerma Strength U</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getNeedle <em>Needle</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#getPlannedSeedId <em>Planned Seed Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.SeedImpl#isAxisAssumed <em>Axis Assumed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeedImpl extends MinimalEObjectImpl.Container implements Seed {
	/**
	 * The default value of the '{@link #getSeedId() <em>Seed Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedId()
	 * @generated
	 * @ordered
	 */
	protected static final String SEED_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeedId() <em>Seed Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedId()
	 * @generated
	 * @ordered
	 */
	protected String seedId = SEED_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPositionMm() <em>Position Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositionMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> positionMm;

	/**
	 * The cached value of the '{@link #getDirectionUnit() <em>Direction Unit</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionUnit()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> directionUnit;

	/**
	 * The default value of the '{@link #getAirKermaStrengthU() <em>Air Kerma Strength U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAirKermaStrengthU()
	 * @generated
	 * @ordered
	 */
	protected static final double AIR_KERMA_STRENGTH_U_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAirKermaStrengthU() <em>Air Kerma Strength U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAirKermaStrengthU()
	 * @generated
	 * @ordered
	 */
	protected double airKermaStrengthU = AIR_KERMA_STRENGTH_U_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNeedle() <em>Needle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedle()
	 * @generated
	 * @ordered
	 */
	protected Needle needle;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedSeedId() <em>Planned Seed Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSeedId()
	 * @generated
	 * @ordered
	 */
	protected static final String PLANNED_SEED_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedSeedId() <em>Planned Seed Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSeedId()
	 * @generated
	 * @ordered
	 */
	protected String plannedSeedId = PLANNED_SEED_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isAxisAssumed() <em>Axis Assumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAxisAssumed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AXIS_ASSUMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAxisAssumed() <em>Axis Assumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAxisAssumed()
	 * @generated
	 * @ordered
	 */
	protected boolean axisAssumed = AXIS_ASSUMED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SEED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeedId() {
		return seedId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeedId(String newSeedId) {
		String oldSeedId = seedId;
		seedId = newSeedId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SEED__SEED_ID, oldSeedId, seedId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getPositionMm() {
		if (positionMm == null) {
			positionMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.SEED__POSITION_MM);
		}
		return positionMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getDirectionUnit() {
		if (directionUnit == null) {
			directionUnit = new EDataTypeEList<Double>(Double.class, this, ModelPackage.SEED__DIRECTION_UNIT);
		}
		return directionUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAirKermaStrengthU() {
		return airKermaStrengthU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAirKermaStrengthU(double newAirKermaStrengthU) {
		double oldAirKermaStrengthU = airKermaStrengthU;
		airKermaStrengthU = newAirKermaStrengthU;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SEED__AIR_KERMA_STRENGTH_U, oldAirKermaStrengthU, airKermaStrengthU));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Needle getNeedle() {
		if (needle != null && needle.eIsProxy()) {
			InternalEObject oldNeedle = (InternalEObject)needle;
			needle = (Needle)eResolveProxy(oldNeedle);
			if (needle != oldNeedle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.SEED__NEEDLE, oldNeedle, needle));
			}
		}
		return needle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Needle basicGetNeedle() {
		return needle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeedle(Needle newNeedle) {
		Needle oldNeedle = needle;
		needle = newNeedle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SEED__NEEDLE, oldNeedle, needle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SEED__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlannedSeedId() {
		return plannedSeedId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedSeedId(String newPlannedSeedId) {
		String oldPlannedSeedId = plannedSeedId;
		plannedSeedId = newPlannedSeedId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SEED__PLANNED_SEED_ID, oldPlannedSeedId, plannedSeedId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAxisAssumed() {
		return axisAssumed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAxisAssumed(boolean newAxisAssumed) {
		boolean oldAxisAssumed = axisAssumed;
		axisAssumed = newAxisAssumed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SEED__AXIS_ASSUMED, oldAxisAssumed, axisAssumed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SEED__SEED_ID:
				return getSeedId();
			case ModelPackage.SEED__POSITION_MM:
				return getPositionMm();
			case ModelPackage.SEED__DIRECTION_UNIT:
				return getDirectionUnit();
			case ModelPackage.SEED__AIR_KERMA_STRENGTH_U:
				return getAirKermaStrengthU();
			case ModelPackage.SEED__NEEDLE:
				if (resolve) return getNeedle();
				return basicGetNeedle();
			case ModelPackage.SEED__ORIGIN:
				return getOrigin();
			case ModelPackage.SEED__PLANNED_SEED_ID:
				return getPlannedSeedId();
			case ModelPackage.SEED__AXIS_ASSUMED:
				return isAxisAssumed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.SEED__SEED_ID:
				setSeedId((String)newValue);
				return;
			case ModelPackage.SEED__POSITION_MM:
				getPositionMm().clear();
				getPositionMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.SEED__DIRECTION_UNIT:
				getDirectionUnit().clear();
				getDirectionUnit().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.SEED__AIR_KERMA_STRENGTH_U:
				setAirKermaStrengthU((Double)newValue);
				return;
			case ModelPackage.SEED__NEEDLE:
				setNeedle((Needle)newValue);
				return;
			case ModelPackage.SEED__ORIGIN:
				setOrigin((String)newValue);
				return;
			case ModelPackage.SEED__PLANNED_SEED_ID:
				setPlannedSeedId((String)newValue);
				return;
			case ModelPackage.SEED__AXIS_ASSUMED:
				setAxisAssumed((Boolean)newValue);
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
			case ModelPackage.SEED__SEED_ID:
				setSeedId(SEED_ID_EDEFAULT);
				return;
			case ModelPackage.SEED__POSITION_MM:
				getPositionMm().clear();
				return;
			case ModelPackage.SEED__DIRECTION_UNIT:
				getDirectionUnit().clear();
				return;
			case ModelPackage.SEED__AIR_KERMA_STRENGTH_U:
				setAirKermaStrengthU(AIR_KERMA_STRENGTH_U_EDEFAULT);
				return;
			case ModelPackage.SEED__NEEDLE:
				setNeedle((Needle)null);
				return;
			case ModelPackage.SEED__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case ModelPackage.SEED__PLANNED_SEED_ID:
				setPlannedSeedId(PLANNED_SEED_ID_EDEFAULT);
				return;
			case ModelPackage.SEED__AXIS_ASSUMED:
				setAxisAssumed(AXIS_ASSUMED_EDEFAULT);
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
			case ModelPackage.SEED__SEED_ID:
				return SEED_ID_EDEFAULT == null ? seedId != null : !SEED_ID_EDEFAULT.equals(seedId);
			case ModelPackage.SEED__POSITION_MM:
				return positionMm != null && !positionMm.isEmpty();
			case ModelPackage.SEED__DIRECTION_UNIT:
				return directionUnit != null && !directionUnit.isEmpty();
			case ModelPackage.SEED__AIR_KERMA_STRENGTH_U:
				return airKermaStrengthU != AIR_KERMA_STRENGTH_U_EDEFAULT;
			case ModelPackage.SEED__NEEDLE:
				return needle != null;
			case ModelPackage.SEED__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case ModelPackage.SEED__PLANNED_SEED_ID:
				return PLANNED_SEED_ID_EDEFAULT == null ? plannedSeedId != null : !PLANNED_SEED_ID_EDEFAULT.equals(plannedSeedId);
			case ModelPackage.SEED__AXIS_ASSUMED:
				return axisAssumed != AXIS_ASSUMED_EDEFAULT;
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
		result.append(" (seedId: ");
		result.append(seedId);
		result.append(", positionMm: ");
		result.append(positionMm);
		result.append(", directionUnit: ");
		result.append(directionUnit);
		result.append(", airKermaStrengthU: ");
		result.append(airKermaStrengthU);
		result.append(", origin: ");
		result.append(origin);
		result.append(", plannedSeedId: ");
		result.append(plannedSeedId);
		result.append(", axisAssumed: ");
		result.append(axisAssumed);
		result.append(')');
		return result.toString();
	}

} //SeedImpl
