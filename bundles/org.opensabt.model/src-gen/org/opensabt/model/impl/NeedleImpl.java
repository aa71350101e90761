/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.ModelPackage;
import org.opensabt.model.Needle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Needle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.NeedleImpl#getNeedleId <em>Needle Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleImpl#getEntryPointMm <em>Entry Point Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleImpl#getTipPointMm <em>Tip Point Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleImpl#getDirectionUnit <em>Direction Unit</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleImpl#getGuideHoleId <em>Guide Hole Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeedleImpl extends MinimalEObjectImpl.Container implements Needle {
	/**
	 * The default value of the '{@link #getNeedleId() <em>Needle Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedleId()
	 * @generated
	 * @ordered
	 */
	protected static final String NEEDLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNeedleId() <em>Needle Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedleId()
	 * @generated
	 * @ordered
	 */
	protected String needleId = NEEDLE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntryPointMm() <em>Entry Point Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryPointMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> entryPointMm;

	/**
	 * The cached value of the '{@link #getTipPointMm() <em>Tip Point Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTipPointMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> tipPointMm;

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
	 * The default value of the '{@link #getGuideHoleId() <em>Guide Hole Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuideHoleId()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDE_HOLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuideHoleId() <em>Guide Hole Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuideHoleId()
	 * @generated
	 * @ordered
	 */
	protected String guideHoleId = GUIDE_HOLE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeedleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.NEEDLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNeedleId() {
		return needleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeedleId(String newNeedleId) {
		String oldNeedleId = needleId;
		needleId = newNeedleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NEEDLE__NEEDLE_ID, oldNeedleId, needleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getEntryPointMm() {
		if (entryPointMm == null) {
			entryPointMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.NEEDLE__ENTRY_POINT_MM);
		}
		return entryPointMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTipPointMm() {
		if (tipPointMm == null) {
			tipPointMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.NEEDLE__TIP_POINT_MM);
		}
		return tipPointMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getDirectionUnit() {
		if (directionUnit == null) {
			directionUnit = new EDataTypeEList<Double>(Double.class, this, ModelPackage.NEEDLE__DIRECTION_UNIT);
		}
		return directionUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuideHoleId() {
		return guideHoleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuideHoleId(String newGuideHoleId) {
		String oldGuideHoleId = guideHoleId;
		guideHoleId = newGuideHoleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NEEDLE__GUIDE_HOLE_ID, oldGuideHoleId, guideHoleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.NEEDLE__NEEDLE_ID:
				return getNeedleId();
			case ModelPackage.NEEDLE__ENTRY_POINT_MM:
				return getEntryPointMm();
			case ModelPackage.NEEDLE__TIP_POINT_MM:
				return getTipPointMm();
			case ModelPackage.NEEDLE__DIRECTION_UNIT:
				return getDirectionUnit();
			case ModelPackage.NEEDLE__GUIDE_HOLE_ID:
				return getGuideHoleId();
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
			case ModelPackage.NEEDLE__NEEDLE_ID:
				setNeedleId((String)newValue);
				return;
			case ModelPackage.NEEDLE__ENTRY_POINT_MM:
				getEntryPointMm().clear();
				getEntryPointMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.NEEDLE__TIP_POINT_MM:
				getTipPointMm().clear();
				getTipPointMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.NEEDLE__DIRECTION_UNIT:
				getDirectionUnit().clear();
				getDirectionUnit().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.NEEDLE__GUIDE_HOLE_ID:
				setGuideHoleId((String)newValue);
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
			case ModelPackage.NEEDLE__NEEDLE_ID:
				setNeedleId(NEEDLE_ID_EDEFAULT);
				return;
			case ModelPackage.NEEDLE__ENTRY_POINT_MM:
				getEntryPointMm().clear();
				return;
			case ModelPackage.NEEDLE__TIP_POINT_MM:
				getTipPointMm().clear();
				return;
			case ModelPackage.NEEDLE__DIRECTION_UNIT:
				getDirectionUnit().clear();
				return;
			case ModelPackage.NEEDLE__GUIDE_HOLE_ID:
				setGuideHoleId(GUIDE_HOLE_ID_EDEFAULT);
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
			case ModelPackage.NEEDLE__NEEDLE_ID:
				return NEEDLE_ID_EDEFAULT == null ? needleId != null : !NEEDLE_ID_EDEFAULT.equals(needleId);
			case ModelPackage.NEEDLE__ENTRY_POINT_MM:
				return entryPointMm != null && !entryPointMm.isEmpty();
			case ModelPackage.NEEDLE__TIP_POINT_MM:
				return tipPointMm != null && !tipPointMm.isEmpty();
			case ModelPackage.NEEDLE__DIRECTION_UNIT:
				return directionUnit != null && !directionUnit.isEmpty();
			case ModelPackage.NEEDLE__GUIDE_HOLE_ID:
				return GUIDE_HOLE_ID_EDEFAULT == null ? guideHoleId != null : !GUIDE_HOLE_ID_EDEFAULT.equals(guideHoleId);
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
		result.append(" (needleId: ");
		result.append(needleId);
		result.append(", entryPointMm: ");
		result.append(entryPointMm);
		result.append(", tipPointMm: ");
		result.append(tipPointMm);
		result.append(", directionUnit: ");
		result.append(directionUnit);
		result.append(", guideHoleId: ");
		result.append(guideHoleId);
		result.append(')');
		return result.toString();
	}

} //NeedleImpl
